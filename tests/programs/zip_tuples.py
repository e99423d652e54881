# differential-python: numpy
# `for p in zip(a, b)` with one target: p is the tuple of the items, as
# CPython's zip gives it (also in comprehensions and sorted(zip(...))).
import numpy as np
from numba.pycc import CC

cc = CC('zt')


@cc.export('by_second', 'f8(f8[:], f8[:])')
def by_second(x, y):
    pairs = sorted(zip(x, y), key=lambda p: p[1])
    return pairs[0][0]


@cc.export('weighted', 'f8(f8[:], i8[:])')
def weighted(x, k):
    s = 0.0
    for p in zip(x, k):
        s += p[0] * p[1]
    return s


@cc.export('kept', 'f8(f8[:], f8[:])')
def kept(x, y):
    L = [p for p in zip(x, y) if p[0] > 0]
    return len(L) + sum([q[1] for q in L])


CASES = {
    'by_second': [(np.array([0.5, -1.0, 2.0, 3.0]), np.array([2.0, 1.0, 1.0, -4.0])),
                  (np.array([1.0, 2.0]), np.array([1.0, 1.0])), (np.zeros(0), np.zeros(0))],
    'weighted': [(np.array([0.5, -1.0, 2.0, 3.0]), np.arange(3)), (np.zeros(0), np.arange(3))],
    'kept': [(np.array([0.5, -1.0, 2.0, 3.0, 4.0]), np.array([2.0, 1.0, 1.0, -4.0])), (np.zeros(0), np.zeros(0))],
}
