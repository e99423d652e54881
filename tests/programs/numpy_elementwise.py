# numpy's elementwise ufuncs that are not operators (np.maximum, np.minimum,
# np.fmax/fmin, np.logical_*, np.isnan/isinf/isfinite, np.sign,
# np.copysign), on arrays (fused, broadcast, int/bool/float dtypes) and on
# numbers; numpy is the oracle, bit for bit (nan, -0.0, dtypes, errors).
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('numpy_elementwise')


@cc.export('relu', 'f8[:](f8[:])')
def relu(x):
    return np.maximum(x, 0.0)


@cc.export('relu_first', 'f8[:](f8[:])')
def relu_first(x):
    return np.maximum(0.0, x)


@cc.export('max2', 'f8[:](f8[:], f8[:])')
def max2(x, y):
    return np.maximum(x, y)


@cc.export('min2', 'f8[:](f8[:], f8[:])')
def min2(x, y):
    return np.minimum(x, y)


@cc.export('fused', 'f8[:](f8[:], f8[:])')
def fused(a, b):
    return np.maximum(a - b, 0.0) * 2.0


@cc.export('clamp', 'f8[:](f8[:], f8, f8)')
def clamp(x, lo, hi):
    return np.minimum(np.maximum(x, lo), hi)


@cc.export('nested', 'f8[:](f8[:], f8[:], f8[:])')
def nested(a, b, c):
    return np.maximum(np.maximum(np.maximum(a, b), c), np.minimum(a, c) + 1.0)


@cc.export('deep', 'f8[:](f8[:], f8[:])')
def deep(a, b):
    x = np.maximum(np.minimum(np.maximum(np.minimum(np.maximum(np.minimum(a, b), -a), b * 0.5), a + 1.0), -b), a)
    return np.sign(np.maximum(np.minimum(np.maximum(np.minimum(x, b), -x), a), x - 0.25)) + x


@cc.export('max_f4', 'f4[:](f4[:], f8)')
def max_f4(x, t):
    return np.maximum(x, t)


@cc.export('max_int', 'i8[:](i8[:], i8)')
def max_int(x, t):
    return np.maximum(x, t)


@cc.export('min_mixed', 'f8[:](i4[:], f8[:])')
def min_mixed(a, b):
    return np.minimum(a, b)


@cc.export('max_u1', 'u1[:](u1[:], i8)')
def max_u1(a, t):
    return np.maximum(a, t)


@cc.export('max_i1_u1', 'i2[:](i1[:], u1[:])')
def max_i1_u1(a, b):
    return np.maximum(a, b)


@cc.export('max_bool', 'b1[:](b1[:], b1[:])')
def max_bool(a, b):
    return np.maximum(a, b)


@cc.export('min_bool', 'b1[:](b1[:], b1[:])')
def min_bool(a, b):
    return np.minimum(a, b)


@cc.export('max_bcast', 'f8[:, :](f8[:, :], f8[:])')
def max_bcast(m, row):
    return np.maximum(m, row)


@cc.export('max_strided', 'f8[:](f8[:])')
def max_strided(x):
    return np.maximum(x[::2], x[1::2])


@cc.export('fmax2', 'f8[:](f8[:], f8[:])')
def fmax2(x, y):
    return np.fmax(x, y)


@cc.export('fmin2', 'f8[:](f8[:], f8)')
def fmin2(x, t):
    return np.fmin(x, t)


@cc.export('fmax_int', 'i4[:](i4[:], i4[:])')
def fmax_int(x, y):
    return np.fmax(x, y)


@cc.export('fmin_bool', 'b1[:](b1[:], b1[:])')
def fmin_bool(x, y):
    return np.fmin(x, y)


@cc.export('s_fmax_int', 'i8(i8, i8)')
def s_fmax_int(a, b):
    return np.fmax(a, b)


@cc.export('s_fmin_bool', 'b1(b1, b1)')
def s_fmin_bool(a, b):
    return np.fmin(a, b)


@cc.export('both_pos', 'b1[:](f8[:], f8[:])')
def both_pos(x, y):
    return np.logical_and(x > 0, y > 0)


@cc.export('land', 'b1[:](f8[:], i8[:])')
def land(x, y):
    return np.logical_and(x, y)


@cc.export('lor', 'b1[:](f8[:], f8[:])')
def lor(x, y):
    return np.logical_or(x, y)


@cc.export('lxor', 'b1[:](i4[:], b1[:])')
def lxor(x, y):
    return np.logical_xor(x, y)


@cc.export('lnot', 'b1[:](f8[:])')
def lnot(x):
    return np.logical_not(x)


@cc.export('lnot_cmp', 'b1[:, :](f8[:, :])')
def lnot_cmp(x):
    return np.logical_not(x < 0.5)


@cc.export('nan_mask', 'b1[:](f8[:])')
def nan_mask(x):
    return np.isnan(x)


@cc.export('inf_mask', 'b1[:](f4[:])')
def inf_mask(x):
    return np.isinf(x)


@cc.export('finite_mask', 'b1[:](f8[:])')
def finite_mask(x):
    return np.isfinite(x)


@cc.export('finite_int', 'b1[:](i8[:])')
def finite_int(x):
    return np.isfinite(x)


@cc.export('nan_int', 'b1[:](i4[:])')
def nan_int(x):
    return np.isnan(x)


@cc.export('count_nan', 'i8(f8[:])')
def count_nan(x):
    return np.sum(np.isnan(x))


@cc.export('any_bad', 'b1(f8[:])')
def any_bad(x):
    return np.any(np.logical_not(np.isfinite(x)))


@cc.export('sign_f', 'f8[:](f8[:])')
def sign_f(x):
    return np.sign(x)


@cc.export('sign_i', 'i1[:](i1[:])')
def sign_i(x):
    return np.sign(x)


@cc.export('sign_u', 'u4[:](u4[:])')
def sign_u(x):
    return np.sign(x)


@cc.export('sign_expr', 'f4[:](f4[:], f4[:])')
def sign_expr(a, b):
    return np.sign(a - b) * np.abs(b)


@cc.export('copysign_arr', 'f8[:](f8[:], f8[:])')
def copysign_arr(a, b):
    return np.copysign(a, b)


@cc.export('copysign_num', 'f8[:](f8[:])')
def copysign_num(a):
    return np.copysign(1.0, a)


@cc.export('copysign_int', 'f8[:](i4[:], f8)')
def copysign_int(a, s):
    return np.copysign(a, s)


@cc.export('copysign_i2', 'f4[:](i2[:], i2[:])')
def copysign_i2(a, b):
    return np.copysign(a, b)


@cc.export('s_max', 'f8(f8, f8)')
def s_max(a, b):
    return np.maximum(a, b)


@cc.export('s_min', 'f8(f8, f8)')
def s_min(a, b):
    return np.minimum(a, b)


@cc.export('s_max_int', 'i8(i8, i8)')
def s_max_int(a, b):
    return np.maximum(a, b)


@cc.export('s_max_mixed', 'f8(i8, f8)')
def s_max_mixed(a, b):
    return np.maximum(a, b)


@cc.export('s_fmax', 'f8(f8, f8)')
def s_fmax(a, b):
    return np.fmax(a, b)


@cc.export('s_fmin', 'f8(f8, f8)')
def s_fmin(a, b):
    return np.fmin(a, b)


@cc.export('s_land', 'b1(f8, i8)')
def s_land(a, b):
    return np.logical_and(a, b)


@cc.export('s_lor', 'b1(f8, f8)')
def s_lor(a, b):
    return np.logical_or(a, b)


@cc.export('s_lxor', 'b1(i8, b1)')
def s_lxor(a, b):
    return np.logical_xor(a, b)


@cc.export('s_lnot', 'b1(f8)')
def s_lnot(a):
    return np.logical_not(a)


@cc.export('s_sign', 'f8(f8)')
def s_sign(a):
    return np.sign(a)


@cc.export('s_sign_int', 'i8(i8)')
def s_sign_int(a):
    return np.sign(a)


@cc.export('s_max_loop', 'f8(f8[:])')
def s_max_loop(x):
    m = -np.inf
    for v in x:
        m = np.maximum(m, v)
    return m


@cc.export('nan_any', 'b1(f8[:])')
def nan_any(x):
    return np.isnan(x).any()


@cc.export('max_sum', 'f8(f8[:], f8[:])')
def max_sum(x, y):
    return np.maximum(x, y).sum()


@cc.export('shift_max', 'f8[:](f8[:], f8[:])')
def shift_max(x, y):
    x[1:] = np.maximum(x[:-1], y[1:])
    return x


@cc.export('mask_mix', 'b1[:](f8[:], f8[:])')
def mask_mix(x, y):
    return np.logical_and(x > 0, y > 0) | np.isnan(x)


@cc.export('max_mean', 'f8[:](f8[:])')
def max_mean(x):
    return np.maximum(x, x.mean())


@cc.export('max_cols', 'f8[:](f8[:, :])')
def max_cols(m):
    return np.maximum(m[0], m[:, 1])


NAN = float('nan')
NNAN = -NAN
Z = np.array([-0.0, 0.0, -0.0, 0.0, 1.0, -1.0])
W = np.array([0.0, -0.0, -0.0, 0.0, NAN, 2.0])
V = np.array([NAN, 1.0, NNAN, -0.0, np.inf, -np.inf, 3.5, -2.5, 0.0])
U = np.array([2.0, NAN, NAN, 0.0, 1.0, -np.inf, -3.5, 7.0, -0.0])
LONG = np.array([-0.0, 0.0, NAN, NNAN, 1.0, -1.0, 2.0, np.inf] * 5)
LONG2 = np.array([0.0, -0.0, NNAN, 1.0, NAN, -1.0, -2.0, -np.inf] * 5)
I4 = np.array([0, 1, -2, 0, 5, 3, -1, 0, 2], dtype=np.int32)

CASES = {
    'nan_any': [(V,), (U[3:],)],
    'max_sum': [(V, U), (LONG, LONG2)],
    'shift_max': [lambda: (V.copy(), U), lambda: (LONG.copy(), LONG2)],
    'mask_mix': [(V, U)],
    'max_mean': [(V[3:],), (U,)],
    'max_cols': [(np.arange(9.0).reshape(3, 3),), (np.ones((2, 3)),)],
    'relu': [(V,), (LONG,), (np.zeros(0),)],
    'relu_first': [(V,), (LONG,)],
    'max2': [(Z, W), (V, U), (LONG, LONG2), (LONG2, LONG), (V, np.ones(3))],
    'min2': [(Z, W), (V, U), (LONG, LONG2), (LONG2, LONG)],
    'fused': [(V, U), (LONG, LONG2), (V, U[:3])],
    'clamp': [(V, -1.0, 1.0), (LONG, 0.0, -0.0), (LONG, NAN, 0.0)],
    'nested': [(V, U, V[::-1].copy()), (LONG, LONG2, LONG[::-1].copy())],
    'deep': [(V, U), (LONG, LONG2)],
    'max_f4': [(V.astype(np.float32), 0.5), (LONG.astype(np.float32), -0.0)],
    'max_int': [(np.array([3, -4, 0, 2**62, -2**63]), 0), (np.array([1, 2]), -7)],
    'min_mixed': [(I4, V)],
    'max_u1': [(np.array([0, 7, 255], dtype=np.uint8), 3), (np.array([1], dtype=np.uint8), -1),
               (np.array([1], dtype=np.uint8), 256)],
    'max_i1_u1': [(np.array([-128, 5, 127], dtype=np.int8), np.array([0, 200, 100], dtype=np.uint8))],
    'max_bool': [(np.array([True, False, True, False]), np.array([True, True, False, False]))],
    'min_bool': [(np.array([True, False, True, False]), np.array([True, True, False, False]))],
    'max_bcast': [(np.arange(12.0).reshape(3, 4) - 5.0, np.array([NAN, 0.0, -0.0, 3.0])),
                  (np.ones((2, 3)), np.ones(2))],
    'max_strided': [(LONG,), (V,)],
    'fmax2': [(V, U), (LONG, LONG2), (Z, W), (V, U[:2])],
    'fmin2': [(V, 0.0), (LONG, -0.0), (LONG, NAN)],
    'fmax_int': [(I4, I4[::-1].copy())],
    'fmin_bool': [(np.array([True, False, True, False]), np.array([True, True, False, False]))],
    's_fmax_int': [(3, -4), (-2**63, 5)],
    's_fmin_bool': [(True, False), (True, True)],
    'both_pos': [(V, U)],
    'land': [(V, np.array([1, 0, 2, 3, 0, -1, 0, 9, 1]))],
    'lor': [(V, U), (Z, W)],
    'lxor': [(I4, np.array([True, False, False, True, True, False, True, True, False]))],
    'lnot': [(V,), (LONG,)],
    'lnot_cmp': [(np.array([[0.25, 0.75], [NAN, 0.5]]),)],
    'nan_mask': [(V,), (LONG,)],
    'inf_mask': [(V.astype(np.float32),)],
    'finite_mask': [(V,), (LONG,)],
    'finite_int': [(np.array([1, -2, 3]),)],
    'nan_int': [(I4,)],
    'count_nan': [(LONG,), (V,)],
    'any_bad': [(V,), (np.array([1.0, 2.0]),)],
    'sign_f': [(V,), (LONG,), (Z,)],
    'sign_i': [(np.array([-128, -1, 0, 1, 127], dtype=np.int8),)],
    'sign_u': [(np.array([0, 1, 2**32 - 1], dtype=np.uint32),)],
    'sign_expr': [(V.astype(np.float32), U.astype(np.float32))],
    'copysign_arr': [(V, U), (LONG, LONG2)],
    'copysign_num': [(V,), (LONG,)],
    'copysign_int': [(I4, -0.0), (I4, 1.0)],
    'copysign_i2': [(np.array([3, -4, 0], dtype=np.int16), np.array([-1, 2, -3], dtype=np.int16))],
    's_max': [(1.0, 2.0), (-0.0, 0.0), (0.0, -0.0), (NAN, 1.0), (1.0, NAN), (NNAN, NAN), (np.inf, -np.inf)],
    's_min': [(1.0, 2.0), (-0.0, 0.0), (0.0, -0.0), (NAN, 1.0), (1.0, NAN), (-np.inf, 3.0)],
    's_max_int': [(3, -4), (-2**63, 2**63 - 1), (5, 5)],
    's_max_mixed': [(3, 2.5), (-1, -0.0), (7, NAN)],
    's_fmax': [(1.0, 2.0), (-0.0, 0.0), (0.0, -0.0), (NAN, 1.0), (1.0, NAN), (NAN, NAN)],
    's_fmin': [(1.0, 2.0), (-0.0, 0.0), (0.0, -0.0), (NAN, 1.0), (1.0, NAN)],
    's_land': [(NAN, 1), (0.0, 5), (-0.0, 0), (2.5, 0)],
    's_lor': [(0.0, -0.0), (NAN, 0.0), (0.0, 3.0)],
    's_lxor': [(0, True), (3, True), (0, False)],
    's_lnot': [(0.0,), (-0.0,), (NAN,), (2.0,)],
    's_sign': [(-0.0,), (0.0,), (NAN,), (-3.5,), (np.inf,)],
    's_sign_int': [(-7,), (0,), (2**62,)],
    's_max_loop': [(V,), (np.array([1.0, 3.0, 2.0]),), (np.zeros(0),)],
}
