# differential-python: numpy
# Lists of arrays as export arguments (issue 16): numba's reflected list
# of arrays, spelled `List(float64[:])`, `types.List(types.float64[:],
# reflected=True)`, `'reflected list(array(float64, 1d, C))'` or
# `ListType(i8[:, :])`. The items are the caller's arrays (stores reach
# them); appending to, popping from or storing into the list is written
# back into the caller's list when the call returns, as numba reflects it.
# Items of another dtype, ndim or layout: tests/numpy.rs
# (list_of_arrays_arguments). A list of arrays returned from an export
# (`return L`) is a new Python list of the arrays; a helper may return one.
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


def pieces(a, k):
    out = []
    for j in range(k):
        out.append(a[j::k].copy())
    return out


@cc.export('split_even', '(f8[:], i8)')
def split_even(a, k):
    return pieces(a, k)


@cc.export('split_sum', 'f8(f8[:], i8)')
def split_sum(a, k):
    parts = pieces(a, k)
    parts.append(a)
    s = 0.0
    for p in parts:
        s += p[0]
    return s + len(parts)


@cc.export('passthrough', '(List(f8[::1]),)')
def passthrough(L):
    L[0][0] = -1.0
    return L


@cc.export('views', 'List(float64[:])(f8[:, :])')
def views(m):
    out = []
    for i in range(m.shape[0]):
        out.append(m[i, ::2])
    return out


def same(T):
    return T


@cc.export('back', 'i8(f8[:])')
def back(a):
    T = [a]
    U = same(T)
    U.append(a * 2.0)
    U[1][0] = 5.0
    return len(T) + len(U) + int(T[1][0])


A = np.array([1.5, -2.0, 3.25, 0.5])
B = np.arange(5.0)
M = np.arange(6, dtype=np.int64).reshape(2, 3)
CASES = {
    'split_even': [(B, 2), (A, 3), (A, 0)],
    'split_sum': [(B, 2), (A, 1)],
    'passthrough': [lambda: ([A.copy(), B.copy()],), lambda: ([B[::2].copy()],)],
    'views': [(np.arange(12.0).reshape(3, 4),), (np.zeros((0, 2)),)],
    'back': [(A,)],
    'count': [([np.eye(2, dtype=bool), np.ones((3, 1), dtype=bool)],), ([],)],
    'total': [([A, B],), ([],), ([A[::2], B[1:]],)],
    'scale': [lambda: ([A.copy(), B.copy()], 2.0), lambda: ([A.copy()[::2]], -1.0)],
    'grow': [lambda: ([A.copy()], 2), lambda: ([A.copy(), B.copy()], 3)],
    'sums2d': [([M, M.T.copy()],), ([],), ([M.T],)],
}
