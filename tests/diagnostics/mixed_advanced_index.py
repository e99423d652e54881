import numpy as np
from numba.pycc import CC

cc = CC('mixed_advanced_index')


@cc.export('column', 'f8[:](f8[:, :], b1[:])')
def column(a, m):
    return a[m, 1]


@cc.export('rows', 'f8(f8[:, :], i8[:])')
def rows(a, idx):
    b = a[idx, :]
    return b.sum()


@cc.export('clear', 'void(f8[:, :], b1[:])')
def clear(a, m):
    a[m, 0] = 0.0
