# differential-python: numpy
# differential: --overflow=raise
# numpy's elementwise arithmetic on arrays: augmented slice assignment
# (in place, numpy's same_kind casting and overlap rule), operators making
# new arrays (NEP 50 result dtypes, broadcasting and its ValueError) and
# ufuncs of arrays; compared with numpy itself, bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_arrayops_prog')


@cc.export('iadd_slice', '(f8[:], f8)')
def iadd_slice(a, x):
    a[1:3] += x
    return a


@cc.export('ops_scalar_f8', '(f8[:], f8, i8)')
def ops_scalar_f8(a, x, k):
    b = a.copy()
    if k == 0:
        b[:] += x
    elif k == 1:
        b[:] -= x
    elif k == 2:
        b[:] *= x
    elif k == 3:
        b[:] /= x
    elif k == 4:
        b[:] //= x
    elif k == 5:
        b[:] %= x
    elif k == 6:
        b **= 2
    elif k == 7:
        b **= -1
    else:
        b **= 0.5
    return b


@cc.export('ops_scalar_i8', '(i8[:], i8, i8)')
def ops_scalar_i8(a, x, k):
    b = a.copy()
    if k == 0:
        b[:] += x
    elif k == 1:
        b[:] -= x
    elif k == 2:
        b[:] *= x
    elif k == 3:
        b[:] //= x
    elif k == 4:
        b[:] %= x
    elif k == 5:
        b[:] &= x
    elif k == 6:
        b[:] |= x
    elif k == 7:
        b[:] ^= x
    elif k == 8:
        b[:] <<= x
    elif k == 9:
        b[:] >>= x
    else:
        b **= 3
    return b


@cc.export('ops_array_i4', '(i4[:], i8[:], i8)')
def ops_array_i4(a, c, k):
    b = a.copy()
    if k == 0:
        b += c
    elif k == 1:
        b -= c
    elif k == 2:
        b *= c
    elif k == 3:
        b //= c
    elif k == 4:
        b %= c
    elif k == 5:
        b <<= c
    else:
        b >>= c
    return b


@cc.export('col_scale', '(f8[:, :], i8, f8)')
def col_scale(a, k, s):
    a[:, k] *= s
    return a


@cc.export('row_sub', '(f8[:, :], f8[:])')
def row_sub(a, r):
    a[:] -= r
    return a


@cc.export('f4_iops', '(f4[:], f8[:], f8)')
def f4_iops(a, b, x):
    a += x
    a *= b
    a[::2] -= 1.5
    return a


@cc.export('overlap', '(f8[:],)')
def overlap(a):
    a[1:] += a[:-1]
    return a


@cc.export('overlap_back', '(i8[:],)')
def overlap_back(a):
    a[:-1] -= a[1:]
    return a


@cc.export('mismatch', '(f8[:], f8[:])')
def mismatch(a, b):
    a[1:3] += b
    return a


@cc.export('uint_iops', '(u1[:], u1[:], i8)')
def uint_iops(a, b, x):
    a += b
    a[1:] -= x
    a //= b
    return a


@cc.export('py_int', '(u1[:], i8, i8)')
def py_int(a, x, k):
    if k == 0:
        return a + x
    a[:] -= x
    return a


@cc.export('py_int_u8', '(u8[:], i8)')
def py_int_u8(a, x):
    return a - x


@cc.export('py_int_cmp', '(u1[:], i8, i8)')
def py_int_cmp(a, x, k):
    if k == 0:
        return a == x
    return a < x


@cc.export('binops', '(f8[:], f8[:], i8)')
def binops(a, b, k):
    if k == 0:
        return a + b
    if k == 1:
        return a - b * 2.0
    if k == 2:
        return 2.0 - a
    if k == 3:
        return a / b
    if k == 4:
        return a // b
    if k == 5:
        return a % b
    if k == 6:
        return -a
    if k == 7:
        return a ** 2
    return (a + 1.0) * (b - 0.5) / 3.0


@cc.export('f4_divmod', '(f4[:], f4[:], i8)')
def f4_divmod(a, b, k):
    if k == 0:
        return a // b
    if k == 1:
        return a % b
    return a / b


@cc.export('int_binops', '(i4[:], i8)')
def int_binops(a, k):
    if k == 0:
        return a * 3
    if k == 1:
        return a // 0
    if k == 2:
        return a % -1
    return (a << 31) >> 2


@cc.export('promote_if', '(i8[:], f8)')
def promote_if(a, x):
    return a * x


@cc.export('int_div', '(i4[:], i4[:])')
def int_div(a, b):
    return a / b


@cc.export('f4_scalar', '(f4[:], f8)')
def f4_scalar(a, x):
    return a * x + 1


@cc.export('f4_f8', '(f4[:], f8[:])')
def f4_f8(a, b):
    return a + b


@cc.export('i2_f4', '(i2[:], f4[:])')
def i2_f4(a, b):
    return a * b


@cc.export('u1_i1', '(u1[:], i1[:])')
def u1_i1(a, b):
    return a + b


@cc.export('bcast', '(f8[:, :], f8[:])')
def bcast(a, r):
    return a * r


@cc.export('bcast_col', '(f8[:, :], f8[:, :])')
def bcast_col(a, c):
    return a - c


@cc.export('bcast3', '(f8[:, :, :], f8[:], f8[:, :])')
def bcast3(a, r, m):
    b = a + r
    b -= m
    b[0] *= m
    return b * -1.0


@cc.export('bad_bcast', '(f8[:], f8[:])')
def bad_bcast(a, b):
    return a + b


@cc.export('compare', '(f8[:], f8[:], i8)')
def compare(a, b, k):
    if k == 0:
        return a < b
    if k == 1:
        return a >= 0.5
    return a == b


@cc.export('compare_f4', '(f4[:], f8, i8)')
def compare_f4(a, x, k):
    if k == 0:
        return a == x
    if k == 1:
        return a < x
    return a != x


@cc.export('ufunc2_f4', '(f4[:], f8)')
def ufunc2_f4(a, x):
    return np.arctan2(a, x) + np.hypot(x, a)


@cc.export('bool_ops', '(b1[:], b1[:])')
def bool_ops(a, b):
    c = a & b
    c |= a ^ b
    return c


@cc.export('total', '(f8[:], f8[:])')
def total(a, b):
    return np.sum(a * b) + np.sum(np.sqrt(np.abs(a)))


@cc.export('ufuncs', '(f8[:], i8)')
def ufuncs(a, k):
    if k == 0:
        return np.sqrt(a)
    if k == 1:
        return np.exp(a)
    if k == 2:
        return np.abs(a) + np.floor(a)
    if k == 3:
        return np.sin(a) * np.log(np.abs(a))
    if k == 4:
        return np.tanh(a[::2])
    return np.square(a) - np.negative(a)


@cc.export('ufuncs_f4', '(f4[:, :], i8)')
def ufuncs_f4(a, k):
    if k == 0:
        return np.cbrt(a) * 2.0 + 1.0
    if k == 1:
        return -np.sqrt(a)
    return np.cbrt(a) + np.sqrt(a)


@cc.export('abs_int', '(i8[:],)')
def abs_int(a):
    return np.abs(a)


@cc.export('ufunc_view', '(f8[:, :],)')
def ufunc_view(a):
    return np.exp(a[:, 1])


@cc.export('powers', '(f8[:], f8[:], i8)')
def powers(a, b, k):
    if k == 0:
        return a ** 3.0
    if k == 1:
        return a ** b
    if k == 2:
        return 2.0 ** a
    if k == 3:
        return np.power(a, 3)
    if k == 4:
        return np.arctan2(a, b)
    return np.hypot(a[::2], 2.0) + a[::2] ** 1.5


@cc.export('power_int_var', '(f8[:], i8)')
def power_int_var(a, n):
    return a ** n


@cc.export('power_float_var', '(f4[:, :], f8)')
def power_float_var(a, x):
    return a ** x


@cc.export('power_int_array', '(i8[:], f8)')
def power_int_array(a, x):
    return a ** x


@cc.export('powers_2d', '(f4[:, :], f4[:])')
def powers_2d(a, r):
    return a ** r


@cc.export('assign_expr', '(f8[:], f8[:])')
def assign_expr(a, b):
    a[1:] = a[:-1] * b[1:] + 1.0
    return a


def F():
    return np.array([0.0, -0.0, 1.5, -2.5, 7.0, np.inf, -np.inf, np.nan, 1e308, 5e-324])


def G():
    return np.array([2.0, 0.0, -0.0, -3.0, np.nan, 2.5, np.inf, 1e-300, -7.0, 4.0])


I8 = [0, 1, -1, 7, -7, 2**63 - 1, -2**63, 12345, -99, 64]


CASES = {
    'iadd_slice': [lambda: (np.arange(5.0), 1.5), lambda: (np.arange(10.0)[::-2], -2.0), lambda: (np.zeros(2), 1.0)],
    'ops_scalar_f8': [(lambda k=k, x=x: (F(), x, k)) for k in range(9) for x in (2.0, -0.0, 0.0, -1.5, np.inf, np.nan)],
    'ops_scalar_i8': [(lambda k=k, x=x: (np.array(I8), x, k)) for k in range(11) for x in (3, 0, -1, -5, 63, 64, 65, -64)],
    'ops_array_i4': [(lambda k=k: (np.array([5, -5, 7, -2**31, 2**31 - 1, 0, 3], np.int32), np.array([2, 0, -1, -1, 3, 0, 40]), k)) for k in range(7)],
    'col_scale': [lambda: (np.arange(12.0).reshape(3, 4), 1, 2.5), lambda: (np.arange(12.0).reshape(3, 4), -1, -1.0), lambda: (np.asfortranarray(np.arange(6.0).reshape(2, 3)), 5, 1.0)],
    'row_sub': [lambda: (np.arange(12.0).reshape(3, 4), np.arange(4.0)), lambda: (np.arange(12.0).reshape(3, 4), np.ones(1)), lambda: (np.arange(12.0).reshape(3, 4), np.ones(3))],
    'f4_iops': [lambda: (np.linspace(0, 1, 7).astype(np.float32), np.linspace(-1, 1, 7), 0.1), lambda: (np.ones(3, np.float32), np.array([1e300, -0.0, np.nan]), 1e-40)],
    'overlap': [lambda: (np.arange(6.0),), lambda: (np.arange(12.0)[::-3],)],
    'overlap_back': [lambda: (np.arange(6),)],
    'mismatch': [lambda: (np.arange(5.0), np.ones(3)), lambda: (np.arange(5.0), np.ones(2)), lambda: (np.arange(5.0), np.ones(1))],
    'uint_iops': [lambda: (np.array([1, 200, 255, 0], np.uint8), np.array([3, 100, 1, 0], np.uint8), 7)],
    'py_int': [(lambda k=k, x=x: (np.array([0, 1, 255], np.uint8), x, k)) for k in range(2) for x in (1, 255, 256, -1, 300)],
    'py_int_u8': [(lambda x=x: (np.array([0, 5, 2**64 - 1], np.uint64), x)) for x in (1, -1, 2**63 - 1, -2**63)],
    'py_int_cmp': [(lambda k=k, x=x: (np.array([0, 1, 255], np.uint8), x, k)) for k in range(2) for x in (1, 255, 256, -1, 300)],
    'binops': [(lambda k=k: (F(), G(), k)) for k in range(9)] + [lambda: (np.arange(3.0), np.ones(4), 0), lambda: (np.arange(6.0)[::-2], np.ones(1), 3)],
    'f4_divmod': [(lambda k=k: (F().astype(np.float32), G().astype(np.float32), k)) for k in range(3)] + [(lambda k=k: (np.linspace(-7, 7, 29, dtype=np.float32), np.linspace(3, -3, 29, dtype=np.float32), k)) for k in range(3)],
    'int_binops': [(lambda k=k: (np.array([0, 1, -1, 2**31 - 1, -2**31, 77], np.int32), k)) for k in range(4)],
    'promote_if': [lambda: (np.array(I8), 1.5), lambda: (np.arange(3), -0.0)],
    'int_div': [lambda: (np.array([1, -1, 0, 7, 0], np.int32), np.array([0, 0, 0, 2, 3], np.int32))],
    'f4_scalar': [lambda: (np.linspace(0, 1, 5).astype(np.float32), 0.1), lambda: (np.ones(2, np.float32), 1e300)],
    'f4_f8': [lambda: (np.linspace(0, 1, 5).astype(np.float32), np.linspace(0, 1, 5))],
    'i2_f4': [lambda: (np.array([1, -300, 32767], np.int16), np.array([0.1, 2.5, -1.0], np.float32))],
    'u1_i1': [lambda: (np.array([255, 0, 128], np.uint8), np.array([-128, -1, 127], np.int8))],
    'bcast': [lambda: (np.arange(12.0).reshape(3, 4), np.arange(4.0)), lambda: (np.arange(12.0).reshape(3, 4)[::-1, ::2], np.ones(1)), lambda: (np.arange(12.0).reshape(3, 4), np.ones(3)), lambda: (np.zeros((0, 4)), np.ones(4))],
    'bcast_col': [lambda: (np.arange(12.0).reshape(3, 4), np.arange(3.0).reshape(3, 1)), lambda: (np.arange(4.0).reshape(1, 4), np.arange(3.0).reshape(3, 1)), lambda: (np.ones((2, 3)), np.ones((3, 2)))],
    'bcast3': [lambda: (np.arange(24.0).reshape(2, 3, 4), np.arange(4.0), np.ones((3, 4))), lambda: (np.arange(24.0).reshape(2, 3, 4)[:, ::-1], np.ones(1), np.ones((1, 4))), lambda: (np.zeros((2, 0, 4)), np.ones(4), np.ones((1, 4))), lambda: (np.zeros((2, 3, 4)), np.ones(3), np.ones((3, 4))), lambda: (np.zeros((2, 3, 4)), np.ones(4), np.ones((2, 4)))],
    'bad_bcast': [lambda: (np.ones(3), np.ones(4)), lambda: (np.ones(0), np.ones(1))],
    'compare': [(lambda k=k: (F(), G(), k)) for k in range(3)],
    'compare_f4': [(lambda k=k, x=x: (np.array([0.1, 0.5, 1e-46, -0.0], np.float32), x, k)) for k in range(3) for x in (0.1, 0.0, 1e-46, 1e40)],
    'ufunc2_f4': [(lambda x=x: (np.array([0.1, 0.5, 1e-46, -0.0], np.float32), x)) for x in (0.1, 0.0, 1e40)],
    'bool_ops': [lambda: (np.array([True, False, True, False]), np.array([True, True, False, False]))],
    'total': [lambda: (np.arange(5.0), np.linspace(0, 1, 5))],
    'ufuncs': [(lambda k=k: (F(), k)) for k in range(6)] + [(lambda k=k: (np.linspace(-3, 3, 101), k)) for k in range(6)],
    # Two multi-d operands that are not both C-ordered give a C-ordered
    # result (numpy: order 'K' from both operands' strides), so k == 2 runs on C input only.
    'ufuncs_f4': [lambda: (np.linspace(0, 9, 12, dtype=np.float32).reshape(3, 4), 2)] + [(lambda k=k, f=f: (f(np.linspace(0, 9, 12, dtype=np.float32).reshape(3, 4)), k)) for k in range(2) for f in (np.ascontiguousarray, np.asfortranarray, lambda x: x[::-1, ::2])],
    'abs_int': [lambda: (np.array(I8),)],
    'ufunc_view': [lambda: (np.linspace(-1, 1, 12).reshape(4, 3),)],
    'powers': [(lambda k=k: (F(), G(), k)) for k in range(6)] + [(lambda k=k: (np.linspace(-3, 3, 64), np.linspace(0.5, 9, 64), k)) for k in range(6)],
    'power_int_var': [(lambda n=n: (np.linspace(-3, 3, 64), n)) for n in (2, -1, 3, 0, 1, -2)] + [(lambda n=n: (F(), n)) for n in (2, -1, 3)],
    'power_float_var': [(lambda x=x, f=f: (f(np.linspace(0.1, 3, 12, dtype=np.float32).reshape(3, 4)), x)) for x in (0.5, 2.0, 1.5, -1.0) for f in (np.ascontiguousarray, np.asfortranarray)],
    'power_int_array': [(lambda x=x: (np.array(I8[:5]), x)) for x in (2.0, 0.5, -1.0, 3.5)],
    'powers_2d': [lambda: (np.linspace(0, 3, 12, dtype=np.float32).reshape(3, 4), np.linspace(-2, 2, 4, dtype=np.float32)), lambda: (np.asfortranarray(np.linspace(0, 3, 12, dtype=np.float32).reshape(3, 4)), np.ones(4, np.float32)), lambda: (np.ones((2, 3), np.float32), np.ones(2, np.float32))],
    'assign_expr': [lambda: (np.arange(5.0), np.linspace(0, 1, 5))],
}
