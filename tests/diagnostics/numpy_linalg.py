import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:], c16[:, :], f8[:, :], f8[:, :, :])')
def f(v, z, m, t):
    a = np.linalg.inv(v)
    b = np.linalg.det(z)
    c = np.linalg.solve(m, v, v)
    d = np.linalg.eig(z)
    x = np.linalg.det(t) + 1.0
    g = np.allclose(m, v, rtol=1e-3, tol=1.0)
    h = np.isclose(m, v) + 1
    k = np.array_equal(m, v, equal_nan=1.5)
    s = np.vstack(v)
    u = np.stack((v, v), axis=0, out=m)
    w = np.column_stack((v, z[0]))
    y = np.matmul(t, t)
    q = np.linalg.tensorinv(m)
