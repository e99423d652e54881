import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:], b1[:], f8[:, :], i8[:, :], i8, f8[:, :, :])')
def f(a, b, m, k, n, t):
    s = np.linalg.svd(t)
    p = np.linalg.matrix_power(k, n)
    r = np.ptp(b)
    x = np.take(a, a)
    c = np.cov(m, aweights=a)
    q = np.roots(m)
    h = np.linalg.qr(m, mode='r')
    v = np.linalg.eigvals(a)
    z = np.squeeze(m)
    w = np.linalg.eigh(m) + 1.0
