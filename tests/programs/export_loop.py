# differential-python: numpy
# Exports declared in a loop over a literal list of [function, signature]
# rows (the AtCoder `numba_config` template): at module level, and inside
# a helper `def numba_compile(config):` called with the list.
import numpy as np
from pycc import CC


def twice(x):
    return 2 * x


def total(a):
    s = 0
    for v in a:
        s += twice(v)
    return s


def scaled(a, k):
    return a * k


cc = CC("export_loop")
numba_config = [
    [twice, "i8(i8)"],
    (total, "i8(i8[:])"),
]
for func, signature in numba_config:
    cc.export(func.__name__, signature)(func)


def numba_compile(config):
    for f, sig in config:
        cc.export(f.__name__, sig)(f)


numba_compile([
    [scaled, "f8[:](f8[:], f8)"],
])

CASES = {
    "twice": [(3,), (-(2**62),)],
    "total": [(np.array([1, 2, 3], dtype=np.int64),), (np.zeros(0, dtype=np.int64),)],
    "scaled": [(np.array([1.5, -2.0]), 3.0)],
}
