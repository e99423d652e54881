# differential-python: numpy
# `max(zip(a, b))` / `min(zip(...))` / `max(enumerate(x))` without a key
# (issue 16): CPython's lexicographic tuple order, the first of equal items,
# ties broken by the later positions, nan items never greater (CPython's
# tuple compare), an empty iterable CPython's ValueError; `sorted(L)` of a
# list of tuples.
import numpy as np
from pycc import CC

cc = CC("lang18_minmax_zip")


@cc.export("max_pair", "(f8[:], i8[:])")
def max_pair(a, b):
    return max(zip(a, b))


@cc.export("min_pair", "(f8[:], i8[:])")
def min_pair(a, b):
    best = min(zip(a, b))
    return best[1]


@cc.export("argmax_enum", "(f8[:],)")
def argmax_enum(x):
    i, v = max(enumerate(x))
    return i + v


@cc.export("max_three", "(i8[:], i8[:], i8)")
def max_three(a, b, n):
    return max(zip(a, b, a[:n]))


@cc.export("sorted_pairs", "(i8[:], f8[:])")
def sorted_pairs(a, b):
    L = []
    for i in range(a.shape[0]):
        L.append((a[i], b[i]))
    s = sorted(L)
    out = 0.0
    for k, v in s:
        out = out * 3.0 + k + v
    return out


I = np.array([3, 1, 3, 2])
CASES = {
    "max_pair": [
        (np.array([1.0, 2.0, 2.0, -1.0]), I), (np.array([2.0, 2.0]), np.array([5, 5])),
        (np.array([np.nan, 1.0]), np.array([1, 2])), (np.zeros(0), I), (np.array([0.0, -0.0]), np.array([1, 1])),
    ],
    "min_pair": [(np.array([1.0, 2.0, 1.0, 4.0]), I), (np.zeros(3), np.array([3, -1])), (np.zeros(0), I)],
    "argmax_enum": [(np.array([5.0, 1.0]),), (np.zeros(0),)],
    "max_three": [(I, np.array([4, 4, 4, 4]), 4), (I, I, 2), (I, I, 0)],
    "sorted_pairs": [(I, np.array([0.5, -1.0, 0.25, 2.0])), (I[:0], np.zeros(0))],
}
