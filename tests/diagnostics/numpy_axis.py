import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('f', 'void(f8[:, :], f8, b1, b1[:, :])')
def f(a, x, k, m):
    b = np.sum(a, axis=x)
    c = a.mean(0, keepdims=k)
    d = np.sum(a, 0) + 1.0j
    e = a.reshape(2, 3, order='F')
    g = np.transpose(a, (1, 0))
    h = a[:, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, :]
    p = a[m, 1:]
    q = np.cumsum(a, 0, np.float32)
    r = a.sum(1) * 1.0 + a.max(axis=0)[0, 1]


@cc.export('g', 'void(c16[:], c16[:, :])')
def g(z, w):
    x = np.var(z)
    t = np.cumsum(z)
    u = z[z == 0]
