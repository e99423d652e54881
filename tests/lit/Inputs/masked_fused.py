import numpy as np
from pycc import CC

cc = CC('masked_lit')


@cc.export('mandel', 'c16[:, :](c16[:, :], c16[:, :], b1[:, :])')
def mandel(Z, C, I):
    Z[I] = Z[I]**2 + C[I]
    return Z


@cc.export('fill', 'i8[:](i8[:], b1[:], i8)')
def fill(N, I, n):
    N[I] = n
    return N


@cc.export('cast', 'i4[:](i4[:], f8[:], b1[:])')
def cast(k, f, m):
    k[m] = f[m] * 2.0
    return k
