# Attributes of arrays that an expression computes, as numpy gives them:
# `a[a > 0].size`, `(a - b).shape[k]`, `.ndim`, `.itemsize`, `.nbytes`,
# np.size / np.ndim; `.size` of a 0-d array is 1.
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('computed_attributes')


@cc.export('mask_size', 'i8(f8[:], f8)')
def mask_size(a, t):
    return a[a > t].size + len(a[a < t]) * 100


@cc.export('shapes', 'i8(f8[:, :], f8[:])')
def shapes(m, v):
    d = (m - v).shape[0] * 10 + (m - v).shape[-1]
    return d + np.outer(v, v).shape[1] * 1000 + m[1:, ::2].shape[1] * 100000


@cc.export('bytes', 'i8(f8[:, :], i4[:], b1[:])')
def bytes(m, k, b):
    return (m * 2).nbytes + (k + 1).itemsize * 1000 + k.nbytes * 100000 + b.itemsize + (m.T).ndim * 10


@cc.export('np_queries', 'i8(f8[:, :])')
def np_queries(m):
    return np.size(m) + np.ndim(m) * 100 + np.size(m[m > 0]) * 1000


@cc.export('zero_d', 'i8(f8[:])')
def zero_d(a):
    s = np.sum(a, keepdims=True)
    return s.size + s.ndim * 10


CASES = {
    'mask_size': [(np.array([1.0, -2.0, 3.0, 0.5]), 0.7), (np.array([], dtype=np.float64), 0.0),
                  (np.array([np.nan, 1.0]), 0.0)],
    'shapes': [(np.ones((3, 4)), np.arange(4.0)), (np.ones((2, 1)), np.arange(3.0)), (np.ones((0, 5)), np.ones(5))],
    'bytes': [(np.ones((2, 3)), np.arange(5, dtype=np.int32), np.array([True, False])),
              (np.ones((0, 3)), np.arange(0, dtype=np.int32), np.array([], dtype=np.bool_))],
    'np_queries': [(np.array([[1.0, -1.0], [2.0, 0.0]]),), (np.ones((0, 2)),)],
    'zero_d': [(np.arange(3.0),)],
}
