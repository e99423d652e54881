import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('f', 'void(i1[:], f8[:], b1[:], f8[:, :], c16[:])')
def f(a, b, m, g, z):
    c = np.copysign(a, 1)
    d = np.sign(m)
    e = np.maximum(b, b, out=b)
    h = np.logical_not(b, b)
    k = np.trace(b)
    p = b.item(0)
    b.sort(order='x')
    r = np.sign(True)
