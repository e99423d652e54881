import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:], b1[:], f8[:, :], f4)')
def f(a, b, m, s):
    r = np.round(b, 1)
    t = np.round(s, 1)
    u = np.nansum(m, axis=0, keepdims=True)
    v = np.percentile(b, 50.0)
    w = np.percentile(a, 50.0, method='closest')
    x = np.bincount(a)
    y = np.bincount(b, 2.0)
    z = np.trapz(a)
    g = np.meshgrid(a, a, indexing='ij')
    p = np.meshgrid(a, a) * 2.0
    h = np.cross(b, b)
    k = np.round(a, 1.5)
    n = np.count_nonzero(m, axis=1.5)
