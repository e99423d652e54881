import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(f8, u8)')
def f(x, n):
    a = np.finfo(np.int64).eps
    b = np.iinfo(np.float64).max
    c = np.finfo(np.float64).maxexp
    d = np.iinfo(np.int32).dtype
    e = np.finfo(np.float64, 1).eps
    return x + a + b + c + d + e

@cc.export('g', 'void(f8[:, :], f8)')
def g(m, x):
    i = np.argmax(m, axis=(0, 1))
    s = np.sum(m, axis=(0, x))
    c = np.cumsum(m, axis=(0, 1))

@cc.export('h', 'f8(f8[:, :], i8[:])')
def h(m, idx):
    r = np.subtract.reduce(m[0])
    q = np.add.reduceat(m[0], idx, dtype=np.float32)
    o = np.multiply.outer(m, m)
    s = np.add.reduce(m, axis=0, dtype=np.float32)
    return r + q[0] + o[0, 0, 0, 0] + s[0]
