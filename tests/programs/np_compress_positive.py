# differential-python: numpy
# np.compress(condition, a[, axis]) (numpy computes it: its values, its
# IndexError for a condition longer than the axis) and np.positive (unary
# `+`: a copy of an array, its TypeError of bools).
import numpy as np
from pycc import CC

cc = CC('np_compress_positive')


@cc.export('kept', 'f8[:](b1[:], f8[:])')
def kept(c, a):
    return np.compress(c, a)


@cc.export('rows', 'i8[:,:](b1[:], i8[:,:], i8)')
def rows(c, m, axis):
    return np.compress(c, m, axis=axis)


@cc.export('flat', 'i4[:](i8[:], i4[:,:])')
def flat(c, m):
    # A non-bool condition is its truth; no axis: m raveled.
    return np.compress(c, m)


@cc.export('method', 'f8[:](f8[:,:], f8)')
def method(m, t):
    # The method form: the condition first, as numpy's function takes it.
    return m.compress(m[:, 0] > t, axis=0).ravel()


@cc.export('positive_copy', 'f8(f8[:])')
def positive_copy(a):
    b = np.positive(a)
    b[0] = 100.0
    return a[0] + b.sum()


@cc.export('positive_expr', 'i8[:](i4[:], i8)')
def positive_expr(a, k):
    return np.positive(a * k) + np.positive(k)


@cc.export('positive_number', 'f8(f8, i8)')
def positive_number(x, n):
    return np.positive(x) + np.positive(n)


CASES = {
    'kept': [(np.array([True, False, True]), np.array([1.0, 2.0, 3.0])),
             (np.array([False, True]), np.array([1.0, 2.0, 3.0])),
             (np.array([], dtype=np.bool_), np.array([1.0])),
             (np.array([True, True, True, True]), np.array([1.0, 2.0, 3.0]))],
    'rows': [(np.array([True, False, True]), np.arange(12).reshape(3, 4), 0),
             (np.array([False, True]), np.arange(12).reshape(3, 4), 1),
             (np.array([True]), np.arange(12).reshape(3, 4), -1),
             (np.array([True, True, True, True]), np.arange(12).reshape(3, 4), 0),
             (np.array([True]), np.arange(12).reshape(3, 4), 2)],
    'flat': [(np.array([0, 2, -1, 0, 5]), np.arange(6, dtype=np.int32).reshape(2, 3))],
    'method': [(np.arange(6.0).reshape(3, 2), 1.0), (np.arange(6.0).reshape(3, 2), 9.0)],
    'positive_copy': [(np.array([1.0, -2.0, 3.5]),)],
    'positive_expr': [(np.array([1, -2, 3], dtype=np.int32), 3)],
    'positive_number': [(-2.5, 7), (0.0, -3)],
}
