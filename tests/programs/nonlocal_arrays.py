# differential-python: numpy
# `nonlocal a` of an array rebound in a nested function (`a = a[::-1]`,
# `a = np.concatenate((a, a))`, `a = a[idx]`): the cell is a one-item list
# of arrays, so the enclosing function sees the new array; a store
# through `a` before the rebinding is seen by the caller (the same
# buffer). Complex arrays in lists too (`L.append(a * 1j)`, `L[0] += 1j`).
import numpy as np
from pycc import CC

cc = CC('nonlocal_arrays')


@cc.export('reversed_twice', 'f8[:](f8[:], i8)')
def reversed_twice(a, n):
    def rev():
        nonlocal a
        a = a[::-1]

    def scale():
        for i in range(len(a)):
            a[i] *= 2.0

    for _ in range(n):
        rev()
        scale()
    a[0] += 1.0
    return a


@cc.export('grown', 'f8(f8[:])')
def grown(a):
    def grow():
        nonlocal a
        a = np.concatenate((a, a))

    grow()
    grow()
    a /= 2.0
    return a.sum() + len(a)


@cc.export('permuted', 'c16[:](c16[:], b1)')
def permuted(a, inverse):
    n = a.size

    def _reverse():
        idx = np.empty(n, dtype=np.int64)
        for i in range(n):
            idx[i] = n - 1 - i
        nonlocal a
        a = a[idx]

    _reverse()
    if inverse:
        a /= n
    return a


@cc.export('complex_list', 'c16(c16[:], i8)')
def complex_list(a, n):
    L = [a]
    for i in range(n):
        L.append(L[-1] * (1 + 1j))
    b = L.pop()
    L[0] += 1j
    s = 0j
    for x in L:
        s += x.sum()
    return s + b[0] + len(L)


@cc.export('param_rebound', 'f8(f8[:])')
def param_rebound(a):
    def grow():
        nonlocal a
        a = a * 2.0

    grow()
    return a[0]


@cc.export('local_rebound', 'f8(i8)')
def local_rebound(n):
    b = np.zeros(n)

    def grow():
        nonlocal b
        b = b + 1.0

    grow()
    grow()
    return b.sum()


A = np.array([1.0, 2.0, 3.0])
C = np.array([1 + 2j, 3 - 1j, -0.5j, 2.0])

CASES = {
    'reversed_twice': [lambda: (A.copy(), 0), lambda: (A.copy(), 1), lambda: (A.copy(), 3)],
    'grown': [lambda: (A.copy(),), lambda: (A[:0].copy(),)],
    'permuted': [lambda: (C.copy(), False), lambda: (C.copy(), True)],
    'param_rebound': [(A,)],
    'local_rebound': [(0,), (4,)],
    'complex_list': [lambda: (C.copy(), 1), lambda: (C.copy(), 3)],
}
