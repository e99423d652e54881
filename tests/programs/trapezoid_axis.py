# differential-python: numpy
# np.trapezoid with axis= (numpy's own function: its values, dtype and
# AxisError), alone, with sample points x and with a spacing dx.
import numpy as np
from pycc import CC

cc = CC('trapezoid_axis')


@cc.export('rows', 'f8[:](f8[:,:], i8)')
def rows(m, axis):
    return np.trapezoid(m, axis=axis)


@cc.export('cols_x', 'f8[:](f8[:,:], f8[:])')
def cols_x(m, x):
    return np.trapezoid(m, x, axis=0)


@cc.export('cols_dx', 'f8[:](i4[:,:], f8)')
def cols_dx(m, dx):
    return np.trapezoid(m, dx=dx, axis=0)


@cc.export('cube', 'f4[:,:](f4[:,:,:])')
def cube(t):
    return np.trapezoid(t, axis=1)


@cc.export('flat', 'f8(f8[:], i8)')
def flat(a, axis):
    return np.trapezoid(a, axis=axis)


M = np.array([[1.0, 2.5, -3.0, 4.0], [0.5, np.nan, 2.0, 8.0], [7.0, 1.0, 0.0, -1.0]])
CASES = {
    'rows': [(M, 0), (M, 1), (M, -1), (M, 2), (np.zeros((0, 3)), 1)],
    'cols_x': [(M, np.array([0.0, 0.5, 2.0])), (M, np.array([0.0, 1.0]))],
    'cols_dx': [(np.arange(12, dtype=np.int32).reshape(4, 3), 0.25)],
    'cube': [(np.arange(24, dtype=np.float32).reshape(2, 3, 4),)],
    'flat': [(np.array([1.0, 4.0, 9.0]), 0), (np.array([1.0, 4.0, 9.0]), -1), (np.array([1.0]), 1)],
}
