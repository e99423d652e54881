# differential-python: numpy
"""`np.copy(a)` as numba compiles it: a new array with a's values, which
later stores do not share (then sorted in place, reversed, written)."""
import numpy as np
from pycc import CC

cc = CC('numpy_copy_fn')


@cc.export('sorted_desc', 'i8[:](i8[:])')
def sorted_desc(a):
    c = np.copy(a)
    c.sort()
    return c[::-1].copy()


@cc.export('untouched', 'f8(f8[:, ::1])')
def untouched(a):
    b = np.copy(a)
    b[0, 0] = -1.0
    return a[0, 0] + b.sum()


@cc.export('of_view', 'f8[:](f8[:])')
def of_view(a):
    b = np.copy(a[1::2])
    b[0] = 9.0
    return b * 2.0 + a[1]


CASES = {
    'sorted_desc': [(np.array([3, 1, 2]),), (np.array([], dtype=np.int64),), (np.array([-5, 7, 7, 0]),)],
    'untouched': [(np.arange(6.0).reshape(2, 3),), (np.ones((1, 1)),)],
    'of_view': [(np.arange(7.0),), (np.zeros(1),)],
}
