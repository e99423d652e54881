# differential-python: numpy
# np.allclose, np.isclose and np.array_equal, computed by numpy through the
# runtime: broadcasting, rtol=/atol=/equal_nan=, mixed dtypes, numpy's
# ValueError for shapes that do not broadcast.
import numpy as np
from pycc import CC

cc = CC('numpy_close_prog')


@cc.export('allclose', 'b1(f8[:], f8[:])')
def allclose(a, b):
    return np.allclose(a, b)


@cc.export('allclose_tol', 'b1(f8[:, :], f8[:], f8, f8)')
def allclose_tol(a, b, rtol, atol):
    return np.allclose(a, b, rtol=rtol, atol=atol)


@cc.export('allclose_nan', 'i8(f8[:], f8[:])')
def allclose_nan(a, b):
    n = 0
    if np.allclose(a, b, equal_nan=True):
        n += 1
    if np.allclose(a, b, 1e-3, 0.0, True):
        n += 10
    if np.allclose(a * 2.0, b + b):
        n += 100
    if np.allclose(a, 1.0):
        n += 1000
    return n


@cc.export('allclose_int', 'b1(i4[:], f4[:])')
def allclose_int(a, b):
    return np.allclose(a, b, atol=1)


@cc.export('isclose', 'b1[:](f8[:], f8[:])')
def isclose(a, b):
    return np.isclose(a, b)


@cc.export('isclose_2d', 'b1[:, :](f8[:, :], f8[:])')
def isclose_2d(a, b):
    return np.isclose(a, b, rtol=0.0, atol=0.5, equal_nan=True)


@cc.export('isclose_count', 'i8(f8[:], f8)')
def isclose_count(a, x):
    m = np.isclose(a, x)
    return np.sum(m) + 10 * np.isclose(x, 1.0)


@cc.export('array_equal', 'b1(i8[:], i8[:])')
def array_equal(a, b):
    return np.array_equal(a, b)


@cc.export('array_equal_2d', 'i8(f8[:, :], f8[:, :])')
def array_equal_2d(a, b):
    n = 0
    if np.array_equal(a, b):
        n += 1
    if np.array_equal(a, b, equal_nan=True):
        n += 10
    if np.array_equal(a, a.T):
        n += 100
    return n


def _r(*shape, seed=0):
    return np.random.RandomState(seed).rand(*shape)


CASES = {
    'allclose': [lambda: (np.arange(4.0), np.arange(4.0) + 1e-9), lambda: (np.arange(4.0), np.arange(4.0) + 1e-3),
                 lambda: (np.arange(4.0), np.arange(1.0)), lambda: (np.arange(4.0), np.arange(3.0)),
                 lambda: (np.array([np.nan]), np.array([np.nan])), lambda: (np.zeros(0), np.zeros(0)),
                 lambda: (np.array([np.inf, 1.0]), np.array([np.inf, 1.0]))],
    'allclose_tol': [lambda: (_r(3, 4), _r(4) , 1.0, 1.0), lambda: (_r(3, 4), _r(4), 0.0, 0.1),
                     lambda: (_r(3, 4), _r(3), 0.0, 0.1)],
    'allclose_nan': [lambda: (np.array([1.0, np.nan]), np.array([1.0005, np.nan])), lambda: (np.ones(3), np.ones(3))],
    'allclose_int': [lambda: (np.array([1, 2, 3], np.int32), np.array([1.5, 2.9, 4.0], np.float32)),
                     lambda: (np.array([1, 2, 3], np.int32), np.array([1.5, 2.9, 4.5], np.float32))],
    'isclose': [lambda: (np.array([1.0, np.nan, np.inf, 0.0]), np.array([1.0 + 1e-9, np.nan, np.inf, 1e-9])),
                lambda: (np.arange(3.0), np.arange(2.0))],
    'isclose_2d': [lambda: (_r(3, 4), _r(4, seed=1)), lambda: (np.full((2, 2), np.nan), np.array([np.nan, 1.0]))],
    'isclose_count': [lambda: (np.array([1.0, 1.0 + 1e-9, 2.0]), 1.0), lambda: (np.zeros(3), 0.5)],
    'array_equal': [lambda: (np.arange(4), np.arange(4)), lambda: (np.arange(4), np.arange(3)),
                    lambda: (np.arange(4), np.array([0, 1, 2, 4])), lambda: (np.zeros(0, np.int64), np.zeros(0, np.int64))],
    'array_equal_2d': [lambda: (np.eye(3), np.eye(3)), lambda: (np.full((2, 2), np.nan), np.full((2, 2), np.nan)),
                       lambda: (np.eye(3), np.eye(2)), lambda: (_r(2, 2), _r(2, 2, seed=1))],
}
