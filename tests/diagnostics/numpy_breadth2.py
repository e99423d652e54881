import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:], f8[:, :], i8)')
def f(v, m, n):
    a = np.rot90(v)
    b = np.resize(m, m)
    c = np.linalg.eig(m)[0] + 1.0
    u, k = np.unique(v, return_counts=n > 0)
    x, y = np.unique(v, axis=0, return_counts=True)
    v.sort(axis=None)
    z = m.argsort(order='x')
    p, q = np.average(v, returned=n > 0)
    h = np.heaviside(np.ones(3, np.int8), np.zeros(3, np.uint8))
