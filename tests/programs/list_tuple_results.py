# differential-python: numpy
# An export returning a list of flat tuples of int64, float64 or bool
# (numba's reflected list of tuples): a new Python list of new tuples, from
# a comprehension over a module tuple of tuples, from appends in a loop, a
# list that stays empty, and mixed parts.
import numpy as np
from numba.pycc import CC

cc = CC('list_tuple_results')

CARDINALS = ((-1, 0), (1, 0), (0, -1), (0, 1))


@cc.export('neighbors', '(UniTuple(i8, 2),)')
def neighbors(loc):
    return [(loc[0] + d[0], loc[1] + d[1]) for d in CARDINALS]


@cc.export('peaks', '(f8[:],)')
def peaks(a):
    out = []
    for i in range(1, a.shape[0] - 1):
        x = float(a[i])
        if x > a[i - 1] and x >= a[i + 1]:
            out.append((i, x, x > 0.0))
    return out


@cc.export('pairs_upto', '(i8,)')
def pairs_upto(n):
    r = [(0, 0)]
    r.pop()
    for i in range(n):
        for j in range(i + 1, n):
            if (i + j) % 3 == 0:
                r.append((i, j))
    return r


CASES = {
    'neighbors': [((3, 4),), ((-1, 2**62),)],
    'peaks': [(np.array([0.0, 2.0, 1.0, -0.5, -0.25, -3.0, 4.0, 4.0, 1.0]),), (np.zeros(2),)],
    'pairs_upto': [(0,), (1,), (7,)],
}
