import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:], c16[:], c16)')
def f(a, z, w):
    a[0] = w
    a[1] += z[0]
    a[1:] = z[1:]
    a[:] = w
    b = np.full(3, 1j, dtype=np.float64)
    x = z[0] < 1.0
    s = z.sum(0)
    t = np.dot(z, a)
    u = z * 2.0
    z[1:] += w
    v = np.arctan2(z, z)
