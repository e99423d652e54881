# differential-python: numpy
# numpy 2's order of complex numbers (lexicographic: the real parts, then
# the imaginary ones; a nan part compares False, and maximum/minimum
# propagate it) on complex arrays: `<` `<=` `>` `>=` with complex and real
# arrays and numbers, in masks and counts; np.maximum/np.minimum/np.fmax/
# np.fmin; np.sort and `.sort()` (axis too); np.max/np.min/argmax/argmin
# (and the methods), each numpy's own call.
import math
import numpy as np
from pycc import CC

cc = CC("fuzz11_complex_order")


@cc.export('cmp', '(c16[:], c16[:])')
def cmp(a, b):
    return a < b, a > b, a <= b, a >= b


@cc.export('cmp_num', '(c16[:], f8[:])')
def cmp_num(a, x):
    return a < 1.5, 2j > a, a <= x, x >= a, np.sum(a < 1 + 1j), np.less(a, x)


@cc.export('ext', '(c16[:], c16[:])')
def ext(a, b):
    return np.maximum(a, b), np.minimum(a, b), np.fmax(a, b), np.fmin(a, b) * 2


@cc.export('ext_mixed', '(c16[:], f8[:])')
def ext_mixed(a, x):
    return np.maximum(a, x), np.minimum(x, a), np.maximum(a, 0.5j), np.maximum(x, 1j)


@cc.export('srt', '(c16[:], c16[:, :])')
def srt(a, m):
    return np.sort(a), np.sort(m, axis=0), np.sort(m)


N = complex(math.nan, 0.0)
A = np.array([1 + 2j, 1 + 3j, N, 2 - 1j, complex(1, math.nan), 0j, -0.0 + 0j, 1 + 1j])
B = np.array([1 + 1j, 1 + 3j, 1 + 0j, 1 + 5j, 1 + 0j, -0.0 + 0j, 0j, N])
CASES = {
    "cmp": [(A, B), (B, A)],
    "cmp_num": [(A, A.real.copy())],
    "ext": [(A, B), (B, A)],
    "ext_mixed": [(A, B.real.copy())],
    "srt": [(A, A.reshape(2, 4)), (B, B.reshape(4, 2))],
}


@cc.export('red', '(c16[:], c16[:, :])')
def red(a, m):
    return np.max(a), np.min(a), a.max(), m.min(), np.argmax(a), np.argmin(m), np.argmax(m, axis=0), a.argmin()


@cc.export('sort_in_place', '(c16[:], c16[:, :])')
def sort_in_place(a, m):
    b = a.copy()
    b.sort()
    n = m.copy()
    n.sort(axis=0)
    m2 = m.copy()
    m2.sort()
    return b, n, m2


@cc.export('masks', '(c16[:], c16[:])')
def masks(a, b):
    c = a.copy()
    c[a > b] = 0
    return c, np.count_nonzero(a >= b), np.sum(a <= b), a[a < b]


CASES.update({
    "red": [(A, A.reshape(2, 4)), (B, B.reshape(4, 2)), (A[:1], A.reshape(8, 1)), (A[:0], A.reshape(8, 1))],
    "sort_in_place": [(A, A.reshape(2, 4)), (B, B.reshape(4, 2))],
    "masks": [(A, B), (B, A)],
})
