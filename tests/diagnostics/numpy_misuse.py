import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(i8, f8)')
def f(n, x):
    a = np.zeros(n)
    b = np.zeros(x)
    c = np.empty(n, dtype=np.float16)
    d = np.ones(n, order='F')
    e = np.sqrt(a)
    e2 = np.cumsum(a, out=a)
    g = 1.0 + (np.linspace(0, 1, n)[0] if n > 0 else 0.0)
    if n > 1:
        a = np.zeros((n, n))
    h = 1.0
    if n > 2:
        h = np.ones(3)
    if n > 3:
        a = 2.0
    np.random.seed(x)
    y = np.random.normal(h)
    z = np.random.multinomial(3, h)
    return a[0]


def first(v):
    return v[0]


@cc.export('g', 'void(f8[:], f8[:, :])')
def g(a, b):
    a[1:3] += 1.0
    b[0] = a
    while first(a[1:]) > 0.0:
        a[0] -= 1.0
    c = a[0:4:0]
