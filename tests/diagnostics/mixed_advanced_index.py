import numpy as np
from numba.pycc import CC

cc = CC('mixed_advanced_index')


@cc.export('floats', 'f8[:](f8[:, :], f8[:])')
def floats(a, x):
    return a[x, 1]


@cc.export('too_many', 'f8(f8[:, :], b1[:, :])')
def too_many(a, m):
    b = a[m, 0]
    return b.sum()


@cc.export('bool_index', 'void(f8[:, :], i8[:], b1)')
def bool_index(a, idx, k):
    a[idx, k] = 0.0


@cc.export('float_slice', 'void(f8[:, :], i8[:], f8)')
def float_slice(a, idx, s):
    a[idx, :s] += 1.0
