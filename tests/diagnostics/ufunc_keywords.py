import numpy as np
from pycc import CC

cc = CC('ufunc_keywords')


@cc.export('f', 'void(f8[:], f8[:], i8[:], f4[:])')
def f(x, o, k, o4):
    a = np.sqrt(x, where=x > 0.0)
    b = np.logical_and(x, 1.0, dtype=np.float64)
    c = np.exp(x, dtype=np.float32)
    d = np.add(x, 1.0, dtype=np.int64)
    e = np.sqrt(k, dtype=np.int64)
    np.sum(x.reshape(2, -1), axis=0, out=o4)
    np.cumsum(x, where=x > 0.0, out=o)
    g = np.add(x, 1, dtype='f8')
