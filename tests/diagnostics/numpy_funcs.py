import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:], c16[:], f8[:, :])')
def f(a, z, m):
    i = np.where(m > 0.5, 1.0)
    j = np.nonzero(3.0)
    k = np.searchsorted(a, 0.5, side='middle')
    b = np.array([[1.0, 2.0], [3.0]])
    c = np.array([1j, 2.0])
    d = z != z
    e = np.floor(z)
    g = np.searchsorted(m, 1.0)
    h = np.convolve(a, a, mode='middle')
    n = np.linalg.norm(a, 'inf')
    x = np.clip(a, 0.0, 1.0, out=a)
