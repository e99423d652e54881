# differential-python: numpy
# numba's `numba.np.extensions.cross2d` (a skeleton-curvature module of the
# corpus imports it): the z component of the cross product of 2-vectors
# along the last axis, a number for 1-d operands and an array of one
# dimension fewer otherwise, numba's ValueError when a last axis is not 2.
import numpy as np
from numba.np.extensions import cross2d
from numba.np.extensions import cross2d as cr
from pycc import CC

cc = CC('numba_cross2d_prog')


@cc.export('turn', 'f8(f8[:], f8[:], f8[:])')
def turn(p, q, r):
    return cross2d(q - p, r - q)


@cc.export('turn_i8', 'i8(i8[:], i8[:])')
def turn_i8(a, b):
    return cr(a, b) * 3


@cc.export('rows', 'f8[:](f8[:, :], f8[:, :])')
def rows(a, b):
    return cross2d(a, b)


@cc.export('row_sum', 'f8(f8[:, :], f8[:])')
def row_sum(a, b):
    return np.sum(cross2d(a, b))


P = np.array([0.0, 0.0])
Q = np.array([2.0, 1.0])
R = np.array([3.0, 4.5])
M = np.arange(8.0).reshape(4, 2)
CASES = {
    'turn': [(P, Q, R), (R, Q, P), (P, Q, Q), (P, Q, np.arange(3.0))],
    'turn_i8': [(np.array([3, -4]), np.array([5, 7])), (np.array([2**40, 3]), np.array([2**30, 5])),
                (np.array([1, 2, 3]), np.array([1, 2]))],
    'rows': [(M, np.ones((4, 2))), (M, M[::-1].copy()), (np.zeros((0, 2)), np.zeros((0, 2))),
             (np.ones((2, 3)), np.ones((2, 3)))],
    'row_sum': [(M, np.array([1.0, -2.0])), (M, np.array([1.0]))],
}
