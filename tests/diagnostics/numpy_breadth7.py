import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(f8[:, :], f8[:])')
def f(m, v):
    a = np.einsum('ij,jk,kl->il', m, m, m)
    b = np.einsum('ij,jk->ik', m)
    c = m.view(np.int32)
    d = v.view(np.bool_)
    e = np.broadcast_arrays(m, v, subok=True)
    return a[0, 0] + b[0, 0] + c[0, 0] + d[0]

@cc.export('g', 'f8(f8[:, :])')
def g(m):
    s = 0.0
    for x in np.nditer(m):
        s += x
    return s + np.sqrt(m.astype(np.int8))[0, 0]
