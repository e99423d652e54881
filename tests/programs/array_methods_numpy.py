# Array methods that numpy also has as functions, compiled as the
# function with the receiver first: `a.nonzero()`, `a.swapaxes(i, j)`,
# `a.trace()`, `a.searchsorted(v)`, `a.take(idx)`; and
# `a.transpose(axes)` / `np.transpose(a, axes)` with a permutation.
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('array_methods_numpy')


@cc.export('nonzero_m', 'i8[:](f8[:])')
def nonzero_m(a):
    return a.nonzero()[0] + (a > 1).nonzero()[0].size


@cc.export('nonzero_2d', 'i8[:](f8[:, :])')
def nonzero_2d(m):
    return m.nonzero()[1] * 10 + m.T.nonzero()[0]


@cc.export('swap', 'f8[:, :, :](f8[:, :, :])')
def swap(a):
    # .copy(): numpy keeps a 3-d result in its operands' order (README: C here).
    return (a.swapaxes(0, 2) * 2.0 + (a + 1).swapaxes(2, 0)).copy()


@cc.export('trace_m', 'f8(f8[:, :])')
def trace_m(m):
    return m.trace() + (m * 2).trace()


@cc.export('search', 'i8(f8[:], f8)')
def search(a, v):
    return a.searchsorted(v) + a.searchsorted(v, side='right') * 100


@cc.export('take_m', 'f8[:](f8[:], i8[:])')
def take_m(a, idx):
    return a.take(idx) + a[::-1].take(idx)


@cc.export('perm', 'f8[:, :, :, :](f8[:, :, :, :])')
def perm(a):
    return (a.transpose(3, 1, 0, 2) + np.transpose(a, (3, 1, 0, 2)) * 2 + a.transpose((3, 1, 0, 2)) * 4).copy()


@cc.export('perm_kw', 'f8[:, :, :](f8[:, :, :], i8)')
def perm_kw(a, k):
    return np.transpose(a, axes=(k, 2, 1)).copy()


CASES = {
    'nonzero_m': [(np.array([0.0, 1.5, -2.0, 0.0, 3.0]),), (np.zeros(3),)],
    'nonzero_2d': [(np.array([[0.0, 1.0], [2.0, 0.0], [0.0, 5.0]]),)],
    'swap': [(np.arange(24.0).reshape(2, 3, 4),)],
    'trace_m': [(np.arange(9.0).reshape(3, 3),), (np.arange(6.0).reshape(2, 3),)],
    'search': [(np.array([1.0, 2.0, 2.0, 3.0]), 2.0), (np.array([1.0, 2.0]), -5.0)],
    'take_m': [(np.arange(5.0), np.array([0, 4, -1])), (np.arange(5.0), np.array([7]))],
    'perm': [(np.arange(120.0).reshape(2, 3, 4, 5),)],
    'perm_kw': [(np.arange(24.0).reshape(2, 3, 4), 0), (np.arange(24.0).reshape(2, 3, 4), 1), (np.arange(24.0).reshape(2, 3, 4), 5)],
}
