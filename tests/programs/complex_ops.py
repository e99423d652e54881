# differential-python: numpy
# Complex-array arithmetic and ufuncs, each computed by numpy's own ufunc
# (its complex multiply, division, absolute): operators with complex and
# real arrays and numbers, np.conj, np.abs / abs, ==; the numpy-benchmarks
# kernels normalize_complex_arr and make_decision; compared with numpy, bit
# for bit (dtypes and broadcasting errors included).
import numpy as np
from pycc import CC

cc = CC('complex_ops_prog')


@cc.export('normalize', 'c16[:](c16[:])')
def normalize(a):
    a_oo = a - a.real.min() - 1j * a.imag.min()
    return a_oo / np.abs(a_oo).max()


@cc.export('decide', 'c16[:](c16[:], c16[:])')
def decide(E, symbols):
    L = E.shape[0]
    out = np.zeros(L, dtype=E.dtype)
    for i in range(L):
        im = np.argmin(abs(E[i] - symbols) ** 2)
        out[i] = symbols[im]
    return out


@cc.export('grid', '(f8[:], f8[:])')
def grid(x, y):
    return x + y[:, None] * 1j


@cc.export('ops', '(c16[:], c16[:], i8)')
def ops(a, b, k):
    if k == 0:
        return a * np.conj(b)
    if k == 1:
        return a / b
    if k == 2:
        return -a + 2.0 * b - 1
    if k == 3:
        return a ** 2 + b ** 0.5
    return (a - b) * (1.5 - 2j) / 3


@cc.export('real_results', '(c16[:], c16[:], i8)')
def real_results(a, b, k):
    if k == 0:
        return np.abs(a) + abs(b)
    if k == 1:
        return np.absolute(a * b) + np.abs(a).max()
    return ((a == b) | (a == 1j)) * 1.0


@cc.export('mixed', '(c8[:], f4[:], f8[:], i8)')
def mixed(z, f, d, k):
    if k == 0:
        return z * f + f * 1j
    return np.conj(z) * 2.0 + 0j


@cc.export('mixed_d', '(c8[:], f8[:])')
def mixed_d(z, d):
    return z * d * 1.0


@cc.export('sums', 'c16(c16[:], c16[:])')
def sums(a, b):
    return (a * b).sum() + np.sum(a - 1j) + np.mean(np.conj(b) * 2)


@cc.export('mixed_f4', '(f4[:],)')
def mixed_f4(f):
    return f * 1j + f


@cc.export('mixed_int', '(i4[:], c16)')
def mixed_int(n, w):
    return n * w - n / (1 + 1j)


@cc.export('sum_conj', 'c16(c16[:, :], c16[:, :])')
def sum_conj(E, wx):
    return np.sum(E * np.conj(wx))


@cc.export('powers', '(c16[:], i8, f8)')
def powers(a, n, x):
    return a ** n + a ** x + 2 ** a - a ** -1


@cc.export('mandel', '(f8, f8, i8, f8)')
def mandel(lo, hi, maxiter, horizon):
    X = np.linspace(lo, hi, 6)
    Y = np.linspace(lo, hi, 5)
    C = X + Y[:, None] * 1j
    N = np.zeros(C.shape, dtype=np.int64)
    Z = np.zeros(C.shape, np.complex128)
    for n in range(maxiter):
        I = np.less(np.abs(Z), horizon)
        N[I] = n
        Z[I] = Z[I] ** 2 + C[I]
    N[N == maxiter - 1] = 0
    return Z * N


@cc.export('masked', '(c16[:], f8)')
def masked(z, t):
    z[z.real > t] = 2j
    z[np.abs(z) < 1.0] *= 1 + 1j
    z[z.imag < 0.0] += z[z.imag < 0.0] * 1j
    return z


def apply_filter(E, wx):
    return np.sum(E * np.conj(wx))


@cc.export('cma', '(c16[:, :], c16[:, :, :], f8, f8, i8)')
def cma(E, wxy, mu, R, os):
    # numpy-benchmarks' cma_pt with one return (arrays in tuples aside)
    pols, L = E.shape
    ntaps = wxy.shape[-1]
    N = (L // os // ntaps - 1) * ntaps
    err = np.zeros((pols, L), dtype=np.complex128)
    for k in range(pols):
        for i in range(N):
            X = E[:, i * os:i * os + ntaps]
            Xest = apply_filter(X, wxy[k])
            err[k, i] = (R - abs(Xest) ** 2) * Xest
            wxy[k] += mu * np.conj(err[k, i]) * X
    return err


@cc.export('inplace', '(c16[:], c8[:], f8[:])')
def inplace(z, w, d):
    z[1:] += z[:-1] * 1j
    z /= 2 - 1j
    w *= 1j
    w[:2] -= d[:2]
    z -= d
    return z * w


def CMA():
    w = np.zeros((2, 2, 5), dtype=np.complex128)
    w[0][0][2] = w[1][1][2] = 1
    return (Z(60, 3).reshape(2, 30), w, 1e-3, 1.0, 2)


@cc.export('shapes', '(c16[:], c16[:])')
def shapes(a, b):
    return a + b


@cc.export('not_equal', 'i8(c16[:], c16[:], c16, f8[:])')
def not_equal(a, b, z, x):
    # `!=` of complex arrays is numpy's not_equal (nan != nan, -0.0 == 0.0).
    m = a != b
    return np.sum(m) + 10 * np.sum(z != a) + 100 * np.sum(a != x) + 1000 * int((a != b)[0])


def Z(n, seed):
    r = np.random.RandomState(seed)
    return r.randn(n) + 1j * r.randn(n)


CASES = {
    'normalize': [lambda: (Z(100, 0),), lambda: (np.array([1 + 1j, np.nan, 3j]),)],
    'decide': [lambda: (Z(64, 1), Z(8, 2)), lambda: (Z(3, 1), np.zeros(0, complex))],
    'grid': [lambda: (np.linspace(0, 1, 5), np.linspace(-1, 1, 3))],
    'ops': [(lambda k=k: (Z(7, 3), Z(7, 4), k)) for k in range(5)]
           + [lambda: (np.array([1 + 0j, 0j, np.inf + 1j]), np.array([0j, 0j, 1e308 + 1e308j]), 1)],
    'real_results': [(lambda k=k: (Z(9, 5), Z(9, 6), k)) for k in range(3)]
                    + [lambda: (np.array([1e308 + 1e308j, 1j]), np.array([np.nan + 0j, 1j]), 2),
                       lambda: (np.array([3 + 4j, np.inf + np.nan * 1j]), np.array([0j, 0j]), 0)],
    'mixed': [(lambda k=k: (Z(4, 7).astype(np.complex64), np.arange(4, dtype=np.float32), np.arange(4.0), k)) for k in (0, 2)],
    'mixed_d': [lambda: (Z(4, 7).astype(np.complex64), np.arange(4.0))],
    'sums': [lambda: (Z(5, 1), Z(5, 2))],
    'mixed_f4': [lambda: (np.arange(3, dtype=np.float32),)],
    'mixed_int': [lambda: (np.arange(-2, 3, dtype=np.int32), 0.5 - 2j)],
    'sum_conj': [lambda: (Z(6, 8).reshape(2, 3), Z(6, 9).reshape(2, 3))],
    'powers': [(lambda n=n, x=x: (Z(5, 3), n, x)) for n in (2, -1, 3) for x in (0.5, 2.0)],
    'mandel': [lambda: (-2.0, 1.0, 20, 2.0), lambda: (0.0, 0.5, 1, 4.0)],
    'masked': [lambda: (Z(12, 4), 0.5)],
    'cma': [CMA],
    'inplace': [lambda: (Z(4, 1), Z(4, 2).astype(np.complex64), np.arange(4.0)),
                lambda: (Z(4, 1), Z(4, 2).astype(np.complex64), np.arange(3.0))],
    'not_equal': [lambda: (np.array([1 + 1j, np.nan + 0j, -0.0 + 0j, 2j]), np.array([1 + 1j, np.nan + 0j, 0j, 1 + 2j]),
                           complex(np.nan, 0), np.array([1.0, np.nan, 0.0, 0.0])),
                  lambda: (Z(3, 1), Z(3, 1), 0j, np.zeros(3)), lambda: (Z(2, 1), Z(3, 1), 0j, np.zeros(2))],
    'shapes': [lambda: (Z(3, 0), Z(4, 0)), lambda: (Z(3, 0), Z(1, 0))],
}
