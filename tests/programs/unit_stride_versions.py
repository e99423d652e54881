# differential-python: numpy
# Elementwise loops over arrays whose innermost stride is a run-time value
# (`f8[:, :]` arguments, views, temporaries) run a copy with unit strides
# when every such stride is the item size, else the strided loop
# (src/tir/transforms/unitstride.rs). Each export gets contiguous arrays
# (the unit copy) and non-contiguous ones (the strided loop): a[:, ::2],
# a.T, negative steps, 0-size arrays, a stride-0 broadcast, a unit last
# axis with strided rows, and mixes of both in one call.
import numpy as np
from pycc import CC

cc = CC('unit_stride_versions')


@cc.export('msum', 'f8[:, :](f8[:, :])')
def msum(array):
    rows = array.shape[0]
    out = np.zeros((rows, array.shape[1]))
    for row in range(rows):
        out[row, :] = np.sum(array - array[row, :], 0)
    return out


@cc.export('diffuse', 'f8[:, :](f8[:, :], f8[:, :], i8)')
def diffuse(u, t, steps):
    mu = 0.1
    for n in range(steps):
        t[1:-1, 1:-1] = u[1:-1, 1:-1] + mu * (u[2:, 1:-1] - 2 * u[1:-1, 1:-1] + u[0:-2, 1:-1] +
                                              u[1:-1, 2:] - 2 * u[1:-1, 1:-1] + u[1:-1, 0:-2])
        u[:, :] = t[:, :]
        t[:, :] = 0.0
    return u


@cc.export('react', '(f4[:, :], f4[:, :], f8)')
def react(u, v, f):
    uvv = u * v * v
    u += 0.5 * u - uvv + f * (1 - u)
    v += uvv - (f + 0.1) * v
    return u, v


@cc.export('mixed', '(f8[:], f4[:], i8[:], i8[:])')
def mixed(a, b, i, j):
    c = a * 2.0 + b
    k = i * 3 - j
    m = (i & j) ^ (i | 5)
    g = a > b
    return c, k, m, g, np.minimum(a, b), np.abs(a - b)


@cc.export('into', 'f8[:](f8[:], f8[:], f8[:])')
def into(out, a, b):
    out[:] = a * b + 1.0
    out -= a
    return out


R = np.arange(30.0).reshape(5, 6) ** 1.25
F4 = (np.arange(42, dtype=np.float32).reshape(6, 7) / 7) ** 2
A = np.linspace(-3.0, 3.0, 12)
I = np.arange(-6, 6, dtype=np.int64) * 7


def grid(n, m):
    u = np.zeros((n, m))
    u[n // 2, m // 2] = 1000.0
    u[1, 2] = -5.0
    return u


CASES = {
    'msum': [lambda: (R.copy(),), lambda: (R[:, ::2].copy(order='C')[:, :],), lambda: (R[:, ::2],),
             lambda: (R.T,), lambda: (R[::-1, ::-1],), lambda: (R[::2, :],), lambda: (np.zeros((0, 4)),),
             lambda: (np.zeros((3, 0)),), lambda: (np.broadcast_to(np.arange(4.0), (3, 4)),),
             lambda: (np.asfortranarray(R),), lambda: (R[:1, :],)],
    'diffuse': [lambda: (grid(8, 9), np.zeros((8, 9)), 3), lambda: (grid(8, 9).T, np.zeros((9, 8)), 3),
                lambda: (grid(8, 18)[:, ::2], np.zeros((8, 9)), 2), lambda: (grid(8, 9), np.zeros((9, 8)).T, 2),
                lambda: (grid(8, 9)[::-1, ::-1], np.zeros((8, 9)), 2), lambda: (np.zeros((2, 2)), np.zeros((2, 2)), 1),
                lambda: (np.zeros((0, 3)), np.zeros((0, 3)), 2)],
    'react': [lambda: (F4.copy(), F4.copy() + 1, 0.06), lambda: (F4.T.copy(), F4[::-1].copy(), 0.06),
              lambda: (F4.copy()[:, ::2], F4.copy()[:, 1::2], 0.04),
              lambda: (F4.copy()[:6, :6].T, F4.copy()[:6, :6], 0.02),
              lambda: (np.zeros((0, 2), np.float32), np.zeros((0, 2), np.float32), 0.1)],
    'mixed': [lambda: (A, (A * 3).astype(np.float32), I, I[::-1].copy()),
              lambda: (A[::-1], (A * 3).astype(np.float32)[::2].repeat(2), I[::-1], I),
              lambda: (A[::2], (A * 3).astype(np.float32)[:6], I[::2], I[1::2]),
              lambda: (np.broadcast_to(np.float64(2.5), (12,)), np.ones(12, np.float32), np.broadcast_to(I[3], (12,)), I),
              lambda: (np.zeros(0), np.zeros(0, np.float32), np.zeros(0, np.int64), np.zeros(0, np.int64))],
    'into': [lambda: (np.zeros(12), A, A[::-1].copy()), lambda: (np.zeros(24)[::2], A, A[::-1]),
             lambda: (np.zeros(12)[::-1], A[::-1], A), lambda: (np.zeros(0), np.zeros(0), np.zeros(0))],
}
