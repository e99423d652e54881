# differential-python: numpy
# numpy's ufuncs on numbers: the exactly specified ones compiled inline, the
# others computed by numpy itself (its SIMD code on AVX-512 differs from
# glibc in the last bit), so every result is numpy's, bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_ufuncs_prog')


@cc.export('unary', 'f8(f8, i8)')
def unary(x, k):
    if k == 0:
        return np.sqrt(x)
    if k == 1:
        return np.exp(x)
    if k == 2:
        return np.log(x)
    if k == 3:
        return np.sin(x) + np.cos(x)
    if k == 4:
        return np.tanh(x) * np.arctan(x)
    if k == 5:
        return np.floor(x) - np.ceil(x) + np.trunc(x) + np.rint(x)
    if k == 6:
        return np.abs(x) + np.fabs(x) + np.square(x)
    if k == 7:
        return np.log1p(x) + np.expm1(x)
    if k == 8:
        return np.spacing(x)
    if k == 9:
        return np.cbrt(x) + np.log10(x) + np.log2(x) + np.exp2(x)
    if k == 10:
        return np.arcsin(x) + np.arccos(x) + np.arcsinh(x) + np.arccosh(x) + np.arctanh(x)
    if k == 11:
        return np.deg2rad(x) + np.rad2deg(x) + np.sinh(x) + np.cosh(x) + np.tan(x)
    return np.negative(x)


@cc.export('binary', 'f8(f8, f8, i8)')
def binary(x, y, k):
    if k == 0:
        return np.arctan2(x, y)
    if k == 1:
        return np.hypot(x, y)
    if k == 2:
        return np.power(x, y)
    if k == 3:
        return np.fmod(x, y)
    if k == 4:
        return np.logaddexp(x, y)
    if k == 5:
        return np.nextafter(x, y)
    return np.copysign(x, y)


@cc.export('preds', 'i8(f8)')
def preds(x):
    return int(np.isnan(x)) + 2 * int(np.isinf(x)) + 4 * int(np.isfinite(x))


@cc.export('ints', 'i8(i8)')
def ints(n):
    return np.abs(n)


@cc.export('int_args', 'f8(i4)')
def int_args(n):
    return np.exp(n) + np.sqrt(n)


EDGE = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 3.7, -3.7, 10.0, 100.0, 709.0, 710.0, -745.0, 1e-300, 5e-324,
        1e308, -1e308, float('inf'), float('-inf'), float('nan'), 0.1, 0.7, 1.5, 2.5, 1234.5678]
CASES = {
    'unary': [(x, k) for k in range(13) for x in EDGE],
    'binary': [(x, y, k) for k in range(7) for x in EDGE[::3] for y in EDGE[::4]],
    'preds': [(x,) for x in EDGE],
    'ints': [(0,), (-5,), (-(2**63),)],
    'int_args': [(0,), (3,), (-4,), (2**31 - 1,)],
}
