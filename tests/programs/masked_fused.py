# differential-python: numpy
# `t[m] = f(x[m], y[m], s)`: a masked store of an elementwise expression of
# gathers by the same mask (and numbers) is one loop where it computes
# numpy's store (src/sema/ndarray/arrayops/masked.rs), numpy's calls
# otherwise: mask or gathered arrays of other extents (numpy's IndexError,
# raised before anything is stored), a gathered array or the mask
# overlapping the target (numpy computes the whole value first), a value
# of another dtype (numpy's cast). Complex `z ** 2` is numpy's square
# (numpy-benchmarks' mandelbrot), unsigned arithmetic wraps, the mask is the
# one computed before the store, empty arrays store nothing.
import numpy as np
from pycc import CC

cc = CC('masked_fused')


@cc.export('mandel', 'Tuple(c16[:, :], i8[:, :])(f8, f8, i8)')
def mandel(lo, hi, maxiter):
    X = np.linspace(lo, hi, 30)
    Y = np.linspace(lo, hi, 20)
    C = X + Y[:, None] * 1j
    N = np.zeros(C.shape, dtype=np.int64)
    Z = np.zeros(C.shape, np.complex128)
    for n in range(maxiter):
        I = np.less(np.abs(Z), 2.0)
        N[I] = n
        Z[I] = Z[I]**2 + C[I]
    N[N == maxiter - 1] = 0
    return Z, N


@cc.export('reals', '(f8[:], f8[:], b1[:], f8)')
def reals(a, b, m, s):
    a[m] = a[m] * 2.0 - b[m] / s
    b[m] = -a[m] ** 2
    return a, b


@cc.export('ints', '(u1[:], i8[:, :], b1[:], b1[:, :])')
def ints(u, k, m, mk):
    u[m] = u[m] * 3 + u[m]
    k[mk] = -k[mk] + 7
    k[mk] = 5
    return u, k


@cc.export('cplx', '(c16[:], c16[:], f8[:], b1[:])')
def cplx(z, w, r, m):
    z[m] = z[m] * w[m] - r[m] + 1j
    w[m] = -(z[m] ** 2) / 2.0
    return z, w


@cc.export('aliased', '(f8[:],)')
def aliased(a):
    m = a > 0.0
    v = a[::-1]
    a[m] = v[m] + 1.0
    return a


@cc.export('self_mask', '(b1[:], b1[:])')
def self_mask(t, x):
    m = t
    t[m] = x[m]
    return t


@cc.export('casts', '(i4[:], f8[:], b1[:], f8)')
def casts(k, f, m, x):
    k[m] = f[m] * 2.0
    f[m] = 3
    f[m] = x
    return k, f


NAN = float('nan')
CASES = {
    'mandel': [lambda: (-2.0, 1.0, 20), lambda: (-1.5, 1.5, 1), lambda: (0.0, 0.5, 0)],
    'reals': [lambda: (np.array([1.0, -2.0, NAN, 4.0]), np.array([0.5, -0.0, 3.0, np.inf]), np.array([True, False, True, True]), 2.0),
              lambda: (np.zeros(0), np.zeros(0), np.zeros(0, dtype=bool), 1.0),
              lambda: (np.ones(3), np.ones(4), np.ones(3, dtype=bool), 1.0),
              lambda: (np.ones(3), np.ones(3), np.ones(2, dtype=bool), 1.0)],
    'ints': [lambda: (np.array([0, 100, 255], dtype=np.uint8), np.array([[1, -2**63], [3, 4]]), np.array([True, True, False]),
                      np.array([[True, True], [False, True]])),
             lambda: (np.zeros(2, dtype=np.uint8), np.zeros((2, 2), dtype=np.int64), np.zeros(2, dtype=bool), np.zeros((2, 3), dtype=bool))],
    'cplx': [lambda: (np.array([1 + 2j, -0.0 - 1j, complex(NAN, 1)]), np.array([3 - 1j, 2j, 1 + 0j]), np.array([1.0, -2.0, 0.5]),
                      np.array([True, True, False])),
             lambda: (np.zeros(2, complex), np.zeros(3, complex), np.zeros(2), np.ones(2, dtype=bool))],
    'aliased': [lambda: (np.array([1.0, -2.0, 3.0, 4.0, -5.0]),), lambda: (np.zeros(0),)],
    'self_mask': [lambda: (np.array([True, False, True]), np.array([False, True, True]))],
    'casts': [lambda: (np.array([1, 2, 3], dtype=np.int32), np.array([1.7, -2.5, 3.0]), np.array([True, False, True]), 0.25)],
}
