import numpy as np
from pycc import CC
cc = CC('m')

def fill(v):
    v[0] = 1.0

@cc.export('f', 'f8(f8[:], f8[:, :], i8)')
def f(x, m, n):
    a = np.select([x > 0.0], [x, 1.0])
    b = np.tensordot(m, m, n)
    i, j = np.unravel_index(x, m.shape)
    c = np.linalg.multi_dot(m)
    d = np.angle(x, deg=True, out=x)
    return a[0] + b[0, 0] + i + c[0, 0] + d[0]

@cc.export('g', 'f8(f8[:, :])')
def g(m):
    d = np.diag(m)
    d //= 2.0
    fill(np.diag(m))
    return d[0]

@cc.export('h', 'f8(f8[:, :])')
def h(m):
    e = np.einsum('ij,jk->ik', m, m)
    for v in np.nditer(m):
        pass
    return np.squeeze(m).sum()

@cc.export('k', 'f8(f8[:], f8[:])')
def k(x, y):
    np.copyto(x, y)
    a, b = np.split(x, len(y))
    return a[0]
