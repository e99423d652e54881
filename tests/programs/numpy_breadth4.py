# differential-python: numpy
# numpy breadth, part 4 (issue 17): machine limits folded to numpy's
# constants (np.finfo(np.float64).eps/.resolution/.max/.tiny/...,
# np.finfo(np.float32).eps as a float32, np.iinfo(np.int64).max/.min,
# np.iinfo(np.uint64).max as a uint64) and np.round/np.around of unsigned
# int numbers (numpy keeps their dtype); a method or attribute of an item of a
# tuple-returning call (np.linalg.eig(m)[0].sum(),
# np.unique(v, return_counts=True)[1].max(), np.linalg.svd(m)[0].T); the
# reductions with a tuple of axes (np.sum(a, axis=(0, 1)), a.mean(axis=(1, 2)),
# numpy's AxisError and duplicate-axis ValueError); the ufunc methods
# np.add.reduce(a, axis) (multiply/maximum/minimum/logical_and/logical_or too),
# np.add.accumulate / np.multiply.accumulate and np.<ufunc>.outer of 1-d arrays;
# np.cross of rows of 3-vectors (2-d arrays, broadcast with a 1-d one); a
# fused last-axis sum of a strided 3-d operand and sums along each axis;
# compared with numpy bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth4_prog')


@cc.export('finfo64', '(f8)')
def finfo64(x):
    return (x + np.finfo(np.float64).eps, np.finfo(np.float64).resolution, np.finfo(float).max,
            np.finfo(np.float64).min, np.finfo(np.float64).tiny, np.finfo(np.float64).epsneg,
            np.finfo(np.float64).smallest_subnormal, np.finfo(np.float64).precision, np.finfo('f8').bits)


@cc.export('finfo32', '(f4)')
def finfo32(x):
    return (x + np.finfo(np.float32).eps, x * np.finfo(np.float32).resolution, np.finfo(np.float32).max,
            np.finfo(np.float32).tiny, np.finfo(np.float32).precision)


@cc.export('finfo_dtype', '(f4[:])')
def finfo_dtype(a):
    return a < np.finfo(a.dtype).eps * 4


@cc.export('iinfo', '(i8)')
def iinfo(x):
    return (x < np.iinfo(np.int64).max, np.iinfo(np.int64).min, np.iinfo(np.int32).max, np.iinfo(np.int8).min,
            np.iinfo(np.uint16).max, np.iinfo(int).bits)


@cc.export('iinfo_u64', 'u8(u8)')
def iinfo_u64(x):
    return np.iinfo(np.uint64).max - x


@cc.export('round_u64', '(u8, i8)')
def round_u64(x, d):
    return np.round(x), np.around(x, d)


@cc.export('round_u32', '(u4)')
def round_u32(x):
    return np.round(x)


@cc.export('round_ints', '(u8[:], i4[:])')
def round_ints(a, b):
    return np.round(a), np.around(b, -1)


@cc.export('eig_sum', '(f8[:, :])')
def eig_sum(m):
    return np.linalg.eig(m)[0].sum(), np.linalg.eigvalsh(m).max() - np.linalg.eigh(m)[0].min()


@cc.export('unique_counts_max', '(i8[:])')
def unique_counts_max(v):
    return np.unique(v, return_counts=True)[1].max(), np.unique(v, return_counts=True)[0].size


@cc.export('svd_parts', '(f8[:, :])')
def svd_parts(m):
    return np.linalg.svd(m)[0].T, np.linalg.svd(m)[1].sum(), np.linalg.qr(m)[1].shape[0]


@cc.export('sum_axes', '(f8[:, :, :])')
def sum_axes(a):
    return (np.sum(a, axis=(0, 1)), a.mean(axis=(1, 2)), np.max(a, (0, 2)), a.sum(axis=(0, 1, 2)),
            np.std(a, axis=(0, 2), keepdims=True), np.any(a > 0.5, axis=(0, -1)), a.prod(axis=()))


@cc.export('sum_axes_2d', '(i8[:, :])')
def sum_axes_2d(m):
    return np.sum(m, axis=(0, 1)), np.min(m, axis=(1, 0)), m.var(axis=(0,), ddof=1)


@cc.export('sum_axis_k', '(f4[:, :, :], i8)')
def sum_axis_k(a, k):
    return np.sum(a, axis=(0, k))


@cc.export('ufunc_reduce', '(f8[:, :], i4[:])')
def ufunc_reduce(a, v):
    return (np.add.reduce(a, axis=1), np.add.reduce(a), np.maximum.reduce(v), np.minimum.reduce(a, 1),
            np.multiply.reduce(a, None), np.logical_or.reduce(a > 3.0, 1), np.logical_and.reduce(v))


@cc.export('ufunc_accumulate', '(f8[:, :], i4[:])')
def ufunc_accumulate(a, v):
    return np.add.accumulate(v), np.multiply.accumulate(a), np.add.accumulate(a, axis=1)


@cc.export('ufunc_outer', '(f8[:], i8[:])')
def ufunc_outer(a, v):
    return (np.multiply.outer(a, v), np.add.outer(v, v), np.subtract.outer(a, a[::-1]), np.maximum.outer(a, v),
            np.power.outer(a, a), np.greater.outer(v, a))


@cc.export('cross_rows', '(f8[:, :], f8[:, :], i8[:])')
def cross_rows(a, b, v):
    return np.cross(a, b), np.cross(a, v), np.cross(v, b[::-1])


@cc.export('sum3_last', '(f8[:, :, :],)')
def sum3_last(a):
    return np.sum(a * 1.5, axis=-1), np.sum(a, axis=0), np.sum(a, axis=1)


CASES = {
    'finfo64': [lambda: (1.0,), lambda: (-0.5,)],
    'finfo32': [lambda: (np.float32(1.0),), lambda: (np.float32(3.5),)],
    'finfo_dtype': [lambda: (np.array([1e-8, 1e-6, 0.5], np.float32),)],
    'iinfo': [lambda: (3,), lambda: (2**63 - 1,)],
    'iinfo_u64': [lambda: (np.uint64(0),), lambda: (np.uint64(2**64 - 1),)],
    'round_u64': [lambda: (np.uint64(2**64 - 1), 0), lambda: (np.uint64(15), -1), lambda: (np.uint64(25), -1),
                  lambda: (np.uint64(7), 2)],
    'round_u32': [lambda: (np.uint32(4000000000),)],
    'round_ints': [lambda: (np.array([0, 5, 2**64 - 1], np.uint64), np.array([15, 25, -15, -25, 7], np.int32))],
    'eig_sum': [lambda: (np.array([[2.0, 1.0], [1.0, 3.0]]),), lambda: (np.array([[4.0, -2.0], [-2.0, 1.0]]),)],
    'unique_counts_max': [lambda: (np.array([1, 2, 2, 3, 3, 3, 7]),), lambda: (np.zeros(0, np.int64),)],
    'svd_parts': [lambda: (np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.5]]),)],
    'sum_axes': [lambda: (np.arange(24.0).reshape(2, 3, 4) / 7.0,), lambda: (np.arange(24.0).reshape(4, 3, 2).T / 3.0,),
                 lambda: (np.zeros((0, 2, 3)),)],
    'sum_axes_2d': [lambda: (np.array([[3, -1, 4], [1, 5, -9]]),)],
    'sum_axis_k': [lambda: (np.arange(24, dtype=np.float32).reshape(2, 3, 4), 1), lambda: (np.ones((2, 3, 4), np.float32), 0),
                   lambda: (np.ones((2, 3, 4), np.float32), 5), lambda: (np.ones((2, 3, 4), np.float32), -1)],
    'ufunc_reduce': [lambda: (np.arange(6.0).reshape(2, 3) / 3.0, np.array([3, 1, 4], np.int32)),
                     lambda: (np.array([[np.nan, 1.0], [2.0, 5.0]]), np.zeros(0, np.int32))],
    'ufunc_accumulate': [lambda: (np.arange(1.0, 7.0).reshape(3, 2) / 7.0, np.array([3, -1, 4, 1], np.int32)),
                         lambda: (np.zeros((0, 2)), np.zeros(0, np.int32))],
    'ufunc_outer': [lambda: (np.arange(3.0) / 2.0, np.array([3, 1, 4])), lambda: (np.zeros(0), np.array([2]))],
    'cross_rows': [lambda: (np.arange(6.0).reshape(2, 3) / 7.0, np.array([[1.0, -2.0, 0.5], [3.0, 0.25, -1.0]]),
                            np.array([2, -1, 5])),
                   lambda: (np.zeros((0, 3)), np.zeros((0, 3)), np.array([1, 2, 3])),
                   lambda: (np.ones((2, 3)), np.ones((3, 3)), np.array([1, 2, 3]))],
    'sum3_last': [lambda: (np.arange(60.0).reshape(2, 3, 10)[::-1, :, ::2] / 7.0,),
                  lambda: (np.arange(60.0).reshape(3, 4, 5) / 9.0,)],
}
