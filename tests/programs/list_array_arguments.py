# differential-python: numpy
# Lists of arrays as export arguments (issue 16): numba's reflected list
# of arrays, spelled `List(float64[:])`, `types.List(types.float64[:],
# reflected=True)`, `'reflected list(array(float64, 1d, C))'` or
# `ListType(i8[:, :])`. The items are the caller's arrays (stores reach
# them); appending to, popping from or storing into the list is written
# back into the caller's list when the call returns, as numba reflects it.
# Items of another dtype, ndim or layout: tests/numpy.rs
# (list_of_arrays_arguments).
import numpy as np
from pycc import CC

cc = CC('list_array_arguments')


@cc.export('total', 'f8(List(float64[:]))')
def total(L):
    s = 0.0
    for a in L:
        s += a.sum()
    return s


@cc.export('scale', 'void(types.List(types.float64[:], reflected=True), f8)')
def scale(L, x):
    for i in range(len(L)):
        L[i][0] = L[i][0] * x
        L[i][1:] += x


@cc.export('grow', 'i8(reflected list(array(float64, 1d, C)), i8)')
def grow(L, n):
    L.append(np.zeros(n))
    L[0][0] = 7.0
    if n > 2:
        L.pop(0)
    return len(L)


def row_sums(L):
    out = np.zeros(len(L))
    for i, m in enumerate(L):
        out[i] = m.sum()
    return out


@cc.export('sums2d', 'f8[:](ListType(i8[:, :]))')
def sums2d(L):
    return row_sums(L) * 1.0


@cc.export('count', 'types.int64(types.List(b1[:, ::1], reflected=True))')
def count(shapes):
    n = 0
    for s in shapes:
        n += s.sum()
    return n


A = np.array([1.5, -2.0, 3.25, 0.5])
B = np.arange(5.0)
M = np.arange(6, dtype=np.int64).reshape(2, 3)
CASES = {
    'count': [([np.eye(2, dtype=bool), np.ones((3, 1), dtype=bool)],), ([],)],
    'total': [([A, B],), ([],), ([A[::2], B[1:]],)],
    'scale': [lambda: ([A.copy(), B.copy()], 2.0), lambda: ([A.copy()[::2]], -1.0)],
    'grow': [lambda: ([A.copy()], 2), lambda: ([A.copy(), B.copy()], 3)],
    'sums2d': [([M, M.T.copy()],), ([],), ([M.T],)],
}
