# differential-python: numpy
# range() with a float bound: CPython computes the bounds (in order, so
# their own errors come first), then raises TypeError; a helper called
# with a float only raises on the path that reaches its loop.
import numpy as np
from pycc import CC

cc = CC("range_float_bounds")


def dfact(n):
    if n <= 1:
        return 1.0
    prod = 1.0
    for i in range(n, 1, -2):
        prod = prod * i
    return prod


@cc.export("via_helper", "f8(f8[:], i8)")
def via_helper(c, k):
    if k == 0:
        return dfact(int(c[0]))
    return dfact(c[0] - 2)


@cc.export("bounds", "i8(i8, f8)")
def bounds(n, x):
    s = 0
    for i in range(n // n, x):
        s += i
        last = i
    return s


CASES = {
    "via_helper": [(np.array([7.0]), 0), (np.array([7.0]), 1), (np.array([2.0]), 1), (np.array([3.0]), 1)],
    "bounds": [(3, 2.5), (0, 2.5)],
}
