import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:], c16[:, :], f8[:, :])')
def f(v, z, m):
    w = np.unique(v, return_index=True) + 1.0
    s = 2.0 * np.linalg.svd(m)
    d = np.linalg.det(z)
    p = np.dot(z, m)
