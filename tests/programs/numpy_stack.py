# differential-python: numpy
# np.vstack, np.hstack, np.stack (axis=) and np.column_stack of tuple and
# list displays of arrays (list displays of numbers too), computed by numpy:
# numpy's result dtype (promotion), shapes and errors.
import numpy as np
from pycc import CC

cc = CC('numpy_stack_prog')


@cc.export('vstack_1d', 'f8[:, :](f8[:], f8[:])')
def vstack_1d(a, b):
    return np.vstack((a, b))


@cc.export('vstack_2d', 'f8[:, :](f8[:, :], f8[:])')
def vstack_2d(a, b):
    return np.vstack([a, b, a[:1]])


@cc.export('hstack_1d', '(i8[:], i4[:])')
def hstack_1d(a, b):
    return np.hstack((a, b))


@cc.export('hstack_2d', 'f8[:, :](f8[:, :], f8[:, :])')
def hstack_2d(a, b):
    return np.hstack((a, b * 2.0))


@cc.export('stack', '(f8[:], f8[:], i8)')
def stack(a, b, axis):
    return np.stack((a, b), axis=axis)


@cc.export('stack_2d', '(f4[:, :], f4[:, :])')
def stack_2d(a, b):
    s = np.stack([a, b])
    t = np.stack((a, b), 2)
    return s.sum() + t[0, 0, 1] + s.shape[0] * 100 + t.shape[2] * 1000


@cc.export('column_stack', 'f8[:, :](f8[:], f8[:])')
def column_stack(a, b):
    return np.column_stack((a, b))


@cc.export('column_stack_2d', 'f8[:, :](f8[:, :], f8[:])')
def column_stack_2d(a, b):
    return np.column_stack((a, b, [1.0, 2.0, 3.0]))


@cc.export('vstack_list', 'i8[:, :](i8[:])')
def vstack_list(a):
    return np.vstack((a, [7, 8, 9]))


@cc.export('stack_sum', 'f8(f8[:])')
def stack_sum(a):
    # a stacking function's result used as a value
    return np.vstack((a, a)).sum() + np.hstack((a, a))[-1]


CASES = {
    'vstack_1d': [lambda: (np.arange(3.0), np.arange(3.0) + 10), lambda: (np.arange(3.0), np.arange(2.0))],
    'vstack_2d': [lambda: (np.arange(6.0).reshape(2, 3), np.arange(3.0)), lambda: (np.arange(6.0).reshape(3, 2), np.arange(3.0))],
    'hstack_1d': [lambda: (np.arange(3), np.arange(2, dtype=np.int32)), lambda: (np.zeros(0, np.int64), np.zeros(0, np.int32))],
    'hstack_2d': [lambda: (np.ones((2, 2)), np.arange(6.0).reshape(2, 3)), lambda: (np.ones((2, 2)), np.ones((3, 2)))],
    'stack': [(lambda k=k: (np.arange(3.0), np.arange(3.0) * 2, k)) for k in (0, 1, -1, -2, 2, -3)]
             + [lambda: (np.arange(3.0), np.arange(2.0), 0)],
    'stack_2d': [lambda: (np.arange(6, dtype=np.float32).reshape(2, 3), np.ones((2, 3), np.float32))],
    'column_stack': [lambda: (np.arange(3.0), np.arange(3.0) + 5), lambda: (np.arange(3.0), np.arange(4.0))],
    'column_stack_2d': [lambda: (np.arange(6.0).reshape(3, 2), np.arange(3.0))],
    'vstack_list': [lambda: (np.arange(3),), lambda: (np.arange(2),)],
    'stack_sum': [lambda: (np.arange(4.0),)],
}
