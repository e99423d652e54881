# `dtype=` of numpy's sum, prod, mean, cumsum and cumprod (functions and
# methods): numpy accumulates in that dtype, so the values (int overflow
# avoided, float32 sums carried in float64) and the result's type are
# numpy's. np.where of numpy scalars keeps their dtype (NEP 50).
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('reduction_dtype')


@cc.export('u8sum', 'i8(u1[:])')
def u8sum(a):
    return np.sum(a, dtype=np.int64) + a.sum(dtype=np.int64) * 1000


@cc.export('f4sum', 'f8(f4[:])')
def f4sum(a):
    return np.sum(a, dtype=np.float64) - a.sum(dtype=np.float64) + a.mean(dtype=np.float64)


@cc.export('f4sum32', 'f4(f8[:])')
def f4sum32(a):
    return np.sum(a, dtype=np.float32)


@cc.export('i4prod', 'i4(i4[:])')
def i4prod(a):
    return np.prod(a, dtype=np.int32)


@cc.export('axis_sum', 'i8[:](u1[:, :])')
def axis_sum(m):
    return m.sum(axis=0, dtype=np.int64) + np.sum(m, axis=0, dtype=np.int64)


@cc.export('cum', 'f8[:](f4[:])')
def cum(a):
    return np.cumsum(a, dtype=np.float64) + np.cumprod(a, dtype=np.float64)


@cc.export('where_u8', 'u1[:, :](u1[:, :], u1)')
def where_u8(img, t):
    return np.where(img > t, np.uint8(255), np.uint8(0))


@cc.export('where_f4', 'f4[:](f4[:])')
def where_f4(a):
    return np.where(a > 0, a, np.float32(0.5))


CASES = {
    'u8sum': [(np.array([200, 100, 255], dtype=np.uint8),), (np.array([], dtype=np.uint8),)],
    'f4sum': [(np.array([0.1, 0.2, 0.3, 1e8], dtype=np.float32),), (np.arange(20000, dtype=np.float32) * np.float32(0.37),)],
    'f4sum32': [(np.array([0.1, 0.2, 1e-9, 3e38, 3e38]),), (np.arange(10000.0) * 0.013,)],
    'i4prod': [(np.array([70000, 70000, 3], dtype=np.int32),), (np.array([], dtype=np.int32),)],
    'axis_sum': [(np.full((3, 2), 250, dtype=np.uint8),)],
    'cum': [(np.array([1.5, 0.1, -2.0, 3e30], dtype=np.float32),)],
    'where_u8': [(np.array([[3, 200], [100, 101]], dtype=np.uint8), 100)],
    'where_f4': [(np.array([1.5, -1.0, 0.0], dtype=np.float32),)],
}
