# differential-python: numpy
# One-argument ufuncs of array expressions (np.abs(x - y), np.sqrt(a * a +
# b * b), abs(a - 1), -np.floor(a)) fuse with their operand into one loop:
# values, dtypes and memory order as numpy's.
import numpy as np
from numba.pycc import CC

cc = CC('numpy_fused_unary')


@cc.export('l1norm', 'f8[:, :](f8[:, :], f8[:, :])')
def l1norm(x, y):
    return np.sum(np.abs(x[:, None, :] - y), axis=-1)


@cc.export('hyp', 'f8[:](f8[:], f8[:])')
def hyp(a, b):
    return np.sqrt(a * a + b * b)


@cc.export('builtin_abs', 'f8[:](f8[:])')
def builtin_abs(a):
    return abs(a - 1.0) * 2.0


@cc.export('int_abs', 'i8[:](i8[:], i8)')
def int_abs(a, k):
    return np.abs(a - k) + np.absolute(a)


@cc.export('small_abs', 'i1[:](i1[:])')
def small_abs(a):
    return np.abs(a + 1)


@cc.export('rounding', 'f8[:](f8[:])')
def rounding(a):
    return np.floor(a * 2.0) + np.ceil(a - 0.5) - np.trunc(a / 3.0) + np.rint(a * 10.0) + np.fabs(-a)


@cc.export('squares', 'f4[:](f4[:])')
def squares(a):
    return np.square(a + 1.0) - np.negative(a * 2.0)


@cc.export('degrees', 'f8[:](f8[:])')
def degrees(a):
    return np.degrees(a + 1.0) + np.rad2deg(a) + np.radians(np.deg2rad(a * 3.0))


@cc.export('nested', 'f8[:, :](f8[:, :])')
def nested(a):
    return np.sqrt(np.abs(np.floor(a * 10.0) - 5.0)) + np.square(np.sqrt(np.abs(a)))


@cc.export('fortran', 'f8[:, :](f8[::1, :])')
def fortran(a):
    return np.abs(a - 0.5)


@cc.export('total', 'f8(f8[:], f8[:])')
def total(a, b):
    return np.abs(a - b).sum() + np.sqrt(a * b).max()


def _ints():
    return (np.array([-9223372036854775807 - 1, -3, 0, 5, 9223372036854775807], dtype=np.int64), 2)


CASES = {
    'l1norm': [(np.arange(12.0).reshape(3, 4), np.linspace(-1.0, 1.0, 8).reshape(2, 4))],
    'hyp': [(np.array([3.0, -0.0, np.inf, np.nan]), np.array([4.0, 0.0, 1.0, 2.0])), (np.zeros(0), np.zeros(0))],
    'builtin_abs': [(np.array([-1.5, 0.0, 2.5, np.nan, -np.inf]),)],
    'int_abs': [_ints(), (np.arange(-3, 3), -1)],
    'small_abs': [(np.array([-128, -2, 0, 126, 127], dtype=np.int8),)],
    'rounding': [(np.array([-2.5, -0.5, 0.25, 0.5, 1.5, 2.5, np.nan, np.inf, -0.0]),)],
    'squares': [(np.array([1.5, -2.25, 3e20, np.nan], dtype=np.float32),)],
    'degrees': [(np.array([0.0, np.pi, -1.25, 1e308]),)],
    'nested': [(np.linspace(-2.0, 2.0, 12).reshape(3, 4),)],
    'fortran': [(np.asfortranarray(np.arange(6.0).reshape(2, 3)),)],
    'total': [(np.array([1.0, 4.0, 9.0]), np.array([2.0, 2.0, 2.0]))],
}
