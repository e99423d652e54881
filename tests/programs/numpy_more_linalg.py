# differential-python: numpy
# np.triu / np.tril (k), np.cross of 3-vectors, np.polyval (number or
# array x), np.trapezoid (numpy 2's name; y, and y with x): numpy computes
# them.
import numpy as np
from pycc import CC

cc = CC('numpy_more_linalg')


@cc.export('triu', 'f8[:, :](f8[:, :])')
def triu(m):
    return np.triu(m)


@cc.export('triu_k', 'i8[:, :](i8[:, :], i8)')
def triu_k(m, k):
    return np.triu(m, k)


@cc.export('tril', 'f8[:, :](f8[:, :])')
def tril(m):
    return np.tril(m)


@cc.export('tril_k', 'f8[:, :](f8[:, :], i8)')
def tril_k(m, k):
    return np.tril(m, k=k)


@cc.export('tril_1d', 'f8[:, :](f8[:])')
def tril_1d(v):
    return np.tril(v)


@cc.export('cross', 'f8[:](f8[:], f8[:])')
def cross(a, b):
    return np.cross(a, b)


@cc.export('cross_int', 'i8[:](i8[:], i8[:])')
def cross_int(a, b):
    return np.cross(a, b)


@cc.export('polyval', 'f8(f8[:], f8)')
def polyval(p, x):
    return np.polyval(p, x)


@cc.export('polyval_int', 'i8(i8[:], i8)')
def polyval_int(p, x):
    return np.polyval(p, x)


@cc.export('polyval_arr', 'f8[:](f8[:], f8[:])')
def polyval_arr(p, x):
    return np.polyval(p, x)


@cc.export('trapezoid', 'f8(f8[:])')
def trapezoid(y):
    return np.trapezoid(y)


@cc.export('trapezoid_x', 'f8(f8[:], f8[:])')
def trapezoid_x(y, x):
    return np.trapezoid(y, x)


@cc.export('trapezoid_int', 'f8(i8[:])')
def trapezoid_int(y):
    return np.trapezoid(y)


M = np.arange(1.0, 13.0).reshape(3, 4)
P = np.array([3.0, -2.0, 0.5, 1.0])

CASES = {
    'triu': [(M,), (M.T,), (np.zeros((0, 3)),)],
    'triu_k': [(np.arange(16).reshape(4, 4), k) for k in (-2, 0, 1, 5)],
    'tril': [(M,)],
    'tril_k': [(M, -1), (M, 2)],
    'tril_1d': [(np.array([1.0, 2.0, 3.0]),)],
    'cross': [(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0])), (np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])),
              (np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0]))],
    'cross_int': [(np.array([1, 2, 3]), np.array([-4, 5, 6]))],
    'polyval': [(P, x) for x in (0.0, 1.0, -2.5, 0.1, np.nan)] + [(np.zeros(0), 2.0)],
    'polyval_int': [(np.array([1, 2, 3]), 2), (np.array([2**40, 0, 1]), 2**20)],
    'polyval_arr': [(P, np.array([0.0, 1.0, 0.1])), (P, np.zeros(0))],
    'trapezoid': [(np.array([1.0, 2.0, 3.0]),), (np.zeros(0),), (np.array([0.1] * 11),)],
    'trapezoid_x': [(np.array([1.0, 2.0, 3.0]), np.array([0.0, 0.5, 2.0])), (np.array([1.0, 2.0]), np.array([1.0]))],
    'trapezoid_int': [(np.array([1, 2, 4]),)],
}


@cc.export('meshgrid', 'f8[:, :](f8[:], i8[:])')
def meshgrid(x, y):
    X, Y = np.meshgrid(x, y)
    return X * 10.0 + Y


@cc.export('meshgrid_y', 'i8[:, :](f8[:], i8[:])')
def meshgrid_y(x, y):
    g = np.meshgrid(x, y)
    return g[1]


CASES['meshgrid'] = [(np.array([1.0, 2.0, 3.0]), np.array([7, 8])), (np.zeros(0), np.array([1]))]
CASES['meshgrid_y'] = [(np.array([1.0, 2.0, 3.0]), np.array([7, 8]))]
