# differential-python: numpy
# `a.shape != b.shape` (numba code checks operands this way before a loop):
# the shapes as tuples of ints, compared as CPython compares tuples.
import numpy as np
from pycc import CC

cc = CC('shape_compare')


@cc.export('dot_checked', 'f8(f8[::1], f8[::1])')
def dot_checked(a, b):
    if a.shape != b.shape:
        raise ValueError('shape mismatch')
    acc = 0.0
    for i in range(a.shape[0]):
        acc += a[i] * b[i]
    return acc


@cc.export('same_shape', 'b1(f8[:, :], f8[:, :])')
def same_shape(a, b):
    return a.shape == b.shape


@cc.export('shape_is', 'b1(f8[:, :], i8, i8)')
def shape_is(a, n, m):
    return a.shape == (n, m)


@cc.export('shape_lt', 'b1(f8[:, :], f8[:, :])')
def shape_lt(a, b):
    return a.shape < b.shape


CASES = {
    'dot_checked': [(np.arange(3.0), np.arange(3.0)), (np.arange(3.0), np.arange(4.0)), (np.zeros(0), np.zeros(0))],
    'same_shape': [(np.zeros((2, 3)), np.ones((2, 3))), (np.zeros((2, 3)), np.ones((3, 2)))],
    'shape_is': [(np.zeros((2, 3)), 2, 3), (np.zeros((2, 3)), 3, 2)],
    'shape_lt': [(np.zeros((2, 3)), np.ones((2, 4))), (np.zeros((2, 3)), np.ones((1, 9)))],
}
