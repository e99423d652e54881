# differential-python: numpy
# min/max of a tuple display: the minimum of its items, as CPython.
from numba.pycc import CC
import numpy as np

cc = CC('minmax_tuples')


@cc.export('clamp0', 'f8(f8)')
def clamp0(x):
    return min((x, float(0)))


@cc.export('max3', 'i8(i8, i8, i8)')
def max3(a, b, c):
    return max((a, b, c)) * 10 + min((a, b, c))


@cc.export('mixed', 'f8(i8, f8)')
def mixed(a, b):
    m = max((a, b))
    return m + min((b,))


@cc.export('arrmax', 'f8(f8[:])')
def arrmax(a):
    return min((np.max(a - 1.0), float(0)))


CASES = {
    'clamp0': [(1.5,), (-2.0,), (0.0,)],
    'max3': [(1, 2, 3), (3, -1, 2), (5, 5, 5)],
    'mixed': [(1, 2.5), (3, -1.0), (2, 2.0)],
    'arrmax': [(np.array([0.5, 2.0]),), (np.array([-3.0, 0.25]),)],
}
