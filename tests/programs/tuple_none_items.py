# differential-python: numpy
# Exports returning a tuple with None at a position on some paths and a
# number there on others (numba's Tuple of Optional items): `(x, None)` /
# `(x, 1.5)`; an int item; several None
# positions; an item that is None on every path; other items arrays.
import numpy as np
from pycc import CC

cc = CC("tuple_none_items")


@cc.export("mean_or_none", "(f8[:],)")
def mean_or_none(a):
    n = a.shape[0]
    if n == 0:
        return (n, None)
    return (n, a.sum() / n)


@cc.export("first_neg", "(f8[:],)")
def first_neg(a):
    for i in range(a.shape[0]):
        if a[i] < 0:
            return (True, i, a[i])
    return (False, None, None)


@cc.export("joined", "(i8,)")
def joined(k):
    if k > 0:
        return (k, k * 2)
    return (k, None)


@cc.export("always_none", "(f8,)")
def always_none(x):
    return (x * 2.0, None)


@cc.export("with_array", "(f8[:], f8)")
def with_array(a, t):
    hits = a > t
    if not hits.any():
        return (a * 0.0, None)
    return (a * 2.0, np.argmax(hits))


CASES = {
    "mean_or_none": [(np.array([1.0, 2.0, 4.0]),), (np.zeros(0),)],
    "first_neg": [(np.array([1.0, -2.5, -3.0]),), (np.array([1.0]),)],
    "joined": [(3,), (-2,), (0,)],
    "always_none": [(1.5,)],
    "with_array": [(np.array([1.0, 5.0, 7.0]), 4.0), (np.array([1.0]), 4.0)],
}
