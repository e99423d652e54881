# differential-python: numpy
# A name bound only to array elements (`x = b[0]`) holds a numpy scalar in
# CPython, whose dtype is strong in numpy 2's promotion (NEP 50): an f4
# array times an f8 element is float64, an i1 array plus an i4 element is
# int32 (no OverflowError for a value the i1 cannot hold), a u1 array plus
# an i8 element int64. `x += 1.0` keeps a float64 or int64 numpy scalar.
import numpy as np
from pycc import CC

cc = CC('numpy_scalar_vars')


@cc.export('f4_times_f8', '(f4[:], f8[:])')
def f4_times_f8(a, b):
    x = b[0]
    return a * x


@cc.export('i1_plus_i4', '(i1[:], i4[:])')
def i1_plus_i4(a, b):
    x = b[1]
    return a + x


@cc.export('u1_minus_i8', '(u1[:], i8[:, :])')
def u1_minus_i8(a, m):
    x = m[0, 1]
    return a - x


@cc.export('aug_f8', '(f4[:], f8[:])')
def aug_f8(a, b):
    x = b[0]
    x += 1.0
    return a * x


@cc.export('in_loop', '(f4[:], f8[:])')
def in_loop(a, b):
    out = np.zeros(len(b))
    for i in range(len(b)):
        x = b[i]
        out[i] = (a * x).sum()
    return out


@cc.export('two_paths', '(f4[:], f8[:], i8)')
def two_paths(a, b, k):
    if k > 0:
        x = b[0]
    else:
        x = b[1]
    return a - x


@cc.export('same_dtype', '(f4[:])')
def same_dtype(a):
    x = a[2]
    return a / x


@cc.export('param_weak', '(f4[:], f8)')
def param_weak(a, x):
    return a * x


F = np.array([1.1, 2.3, -0.7], dtype=np.float32)
B = np.array([0.1, 2.0, -3.5])
I1 = np.array([1, -100, 120], dtype=np.int8)
I4 = np.array([3, 1000, -7], dtype=np.int32)
U1 = np.array([0, 7, 255], dtype=np.uint8)
M = np.array([[5, -300], [2, 9]], dtype=np.int64)
CASES = {
    'f4_times_f8': [(F, B), (F[:0], B)],
    'i1_plus_i4': [(I1, I4)],
    'u1_minus_i8': [(U1, M)],
    'aug_f8': [(F, B)],
    'in_loop': [(F, B), (F, B[:0])],
    'two_paths': [(F, B, 1), (F, B, 0)],
    'same_dtype': [(F,)],
    'param_weak': [(F, 0.1)],
}
