# differential-python: numpy
# numpy scalar constructors are strong in numpy 2's promotion (NEP 50):
# `int32 array + np.int64(k)` is int64, where `+ k` of a Python int keeps
# int32 (numba picks the int64 loop for both). pycc typed the constructor's
# result as a Python number, so the sum wrapped at int32.
import numpy as np
from pycc import CC

cc = CC('numpy_scalar_promotion')


@cc.export('add_i64', 'i8(i4[:], i8)')
def add_i64(a, k):
    b = a + np.int64(k)
    return b[0]


@cc.export('mul_i64', 'i8(i4[:], i8)')
def mul_i64(a, k):
    return (a * np.int64(k))[-1]


@cc.export('i8_plus_i16', 'i8(i1[:], i8)')
def i8_plus_i16(a, k):
    return (np.int16(k) + a)[0]


@cc.export('f4_plus_f8', 'f8(f4[:], f8)')
def f4_plus_f8(a, x):
    return (a + np.float64(x))[0]


@cc.export('f4_plus_float', 'f8(f4[:], f8)')
def f4_plus_float(a, x):
    return (a + x)[0]


@cc.export('u1_minus_i64', 'i8(u1[:], i8)')
def u1_minus_i64(a, k):
    return (a - np.int64(k))[0]


I4 = np.array([2**31 - 1, -5, 7], dtype=np.int32)
CASES = {
    'add_i64': [(I4, k) for k in (0, 1, 2**31, -7)],
    'mul_i64': [(I4, k) for k in (1, 4, -3)],
    'i8_plus_i16': [(np.array([127, -128], dtype=np.int8), k) for k in (1, -1, 300)],
    'f4_plus_f8': [(np.array([0.1, 1e30], dtype=np.float32), x) for x in (0.1, 1e-10, -2.5)],
    'f4_plus_float': [(np.array([0.1, 1e30], dtype=np.float32), x) for x in (0.1, 1e-10, -2.5)],
    'u1_minus_i64': [(np.array([3, 250], dtype=np.uint8), k) for k in (5, -10, 0)],
}
