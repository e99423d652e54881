"""Kernels of bench/alayout.py: each loop twice, on numba's default
'A'-layout signature (`f8[:]`, `f8[:, :]`, suffix `_a`) and on the
contiguous one (`f8[::1]`, `f8[:, ::1]`, suffix `_c`). The same loops,
with strided and empty inputs, are checked against CPython by
tests/programs/unit_nest_versions.py."""
import math
import numpy as np
from pycc import CC

cc = CC('alayout_kernels')


@cc.export('sum_a', 'f8(f8[:])')
@cc.export('sum_c', 'f8(f8[::1])')
def vsum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('dot_a', 'f8(f8[:], f8[:])')
@cc.export('dot_c', 'f8(f8[::1], f8[::1])')
def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@cc.export('axpy_a', 'void(f8[:], f8[:], f8[:], f8)')
@cc.export('axpy_c', 'void(f8[::1], f8[::1], f8[::1], f8)')
def axpy(out, a, b, c):
    for i in range(out.shape[0]):
        out[i] = a[i] * b[i] + c


@cc.export('axpy_n_a', 'void(f8[:], f8[:], f8[:], f8, i8)')
@cc.export('axpy_n_c', 'void(f8[::1], f8[::1], f8[::1], f8, i8)')
def axpy_n(out, a, b, c, n):
    for i in range(n):
        out[i] = a[i] * b[i] + c


@cc.export('sum2_a', 'f8(f8[:, :])')
@cc.export('sum2_c', 'f8(f8[:, ::1])')
def sum2(m):
    s = 0.0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return s


@cc.export('scale2_a', 'void(f8[:, :], f8[:, :])')
@cc.export('scale2_c', 'void(f8[:, ::1], f8[:, ::1])')
def scale2(out, m):
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            out[i, j] = m[i, j] * 2.0 + 1.0


@cc.export('whole_a', 'f8[:](f8[:], f8[:])')
@cc.export('whole_c', 'f8[::1](f8[::1], f8[::1])')
def whole(a, b):
    return a * 2.0 + b


@cc.export('isum_a', 'i8(i8[:])')
@cc.export('isum_c', 'i8(i8[::1])')
def isum(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('imax_a', 'i8(i8[:])')
@cc.export('imax_c', 'i8(i8[::1])')
def imax(a):
    m = a[0]
    for i in range(a.shape[0]):
        m = max(m, a[i])
    return m


@cc.export('stencil_a', 'void(f8[:], f8[:])')
@cc.export('stencil_c', 'void(f8[::1], f8[::1])')
def stencil(a, out):
    for i in range(1, a.shape[0] - 1):
        out[i] = (a[i - 1] + a[i] + a[i + 1]) * (1.0 / 3.0)


@cc.export('div_a', 'void(f8[:], f8[:], f8[:])')
@cc.export('div_c', 'void(f8[::1], f8[::1], f8[::1])')
def div(a, b, out):
    for i in range(a.shape[0]):
        out[i] = a[i] / b[i]


@cc.export('sqrt_a', 'void(f8[:], f8[:])')
@cc.export('sqrt_c', 'void(f8[::1], f8[::1])')
def vsqrt(a, out):
    for i in range(a.shape[0]):
        out[i] = math.sqrt(a[i])


@cc.export('csum_a', 'f8(f8[:])')
@cc.export('csum_c', 'f8(f8[::1])')
def csum(a):
    s = 0.0
    for i in range(a.shape[0]):
        if a[i] > 0.5:
            s += a[i]
    return s


@cc.export('stencil2_a', 'void(f8[:, :], f8[:, :])')
@cc.export('stencil2_c', 'void(f8[:, ::1], f8[:, ::1])')
def stencil2(u, out):
    for i in range(1, u.shape[0] - 1):
        for j in range(1, u.shape[1] - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j]


@cc.export('f4sum_a', 'f4(f4[:])')
@cc.export('f4sum_c', 'f4(f4[::1])')
def f4sum(a):
    s = np.float32(0.0)
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('norm_a', 'f8(f8[:], f8[:])')
@cc.export('norm_c', 'f8(f8[::1], f8[::1])')
def norm(x, y):
    s = 0.0
    for i in range(x.shape[0]):
        d = x[i] - y[i]
        s += d * d
    return math.sqrt(s)
