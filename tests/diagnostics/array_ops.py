import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('f', 'void(i8[:], f8[:], f8, b1[:])')
def f(a, b, x, m):
    a += 1.5
    a[1:] /= 2
    b **= x
    c = a ** a
    d = np.sum(b * 2.0, dtype=np.float32)
    e = b @ x
    g = np.arctan2(b, b)
    h = np.sqrt(a)
    k = m + m
    n = -m
    p = b + 1j
    q = b & 1


@cc.export('temps', 'void(f8[:], f8[:, :])')
def temps(b, m):
    e = ~b
    h = np.histogram(b, 3, normed=True)
    k = np.histogram(b, m)
