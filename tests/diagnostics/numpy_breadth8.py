import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(f8, i8, b1, c16, i1[:], f8[:, :])')
def f(x, i, b, z, s, m):
    a = np.gcd(i, 1.5)
    c = np.ldexp(x, 2.0)
    d = np.exp(b)
    e = np.negative(b)
    g = np.subtract(b, b)
    h, k = np.frexp(s)
    q, r = np.divmod(z, 2)
    t = np.squeeze(m)
    u = np.float16(x)
    v = np.lcm(s.astype(np.float64), 2)
    w = np.left_shift(x, i)
    y = np.linalg.pinv(m, m)
    return a + c + d + e + g + h[0] + q + t[0] + u + v[0] + w + y[0, 0]

@cc.export('g', 'b1(c16)')
def g(z):
    return np.isinf(z)
