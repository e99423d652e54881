import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(f8[:], i8)')
def f(x, n):
    a, b = np.split(x, n)
    c, d = np.vsplit(x, 2)
    e = np.array_split(x, 0)
    g, h = np.split(x, 2, 0, 1)
    return a[0] + c[0] + e[0] + g[0]

@cc.export('g', 'f8(f8[:, :], f8[:])')
def g(m, v):
    s = 0.0
    for p in np.ndenumerate(m):
        s += 1.0
    for idx, x in np.ndenumerate(m, 1):
        s += x
    for i, x in np.ndenumerate(m):
        if x > 2.0:
            break
    return s + np.inner(v, 2.0)

@cc.export('h', 'f8(f8[:, :])')
def h(m):
    s = 0.0
    for x in m.flat:
        if x > 2.0:
            break
        s += x
    return s

@cc.export('k', 'f8(f8[:, :], f8[:], i8)')
def k(m, v, n):
    a, b = np.triu_indices_from(v)
    p, q = np.diag_indices(3, n)
    c = np.linalg.cond(m, 'max')
    return c + a[0] + p[0]
