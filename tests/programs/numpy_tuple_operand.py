# differential-python: numpy
# A tuple of numbers as an array operand (numpy's asarray of it: bool,
# int64 or float64), and a number stored into a bool array (numpy stores
# bool(number)): the numpy-benchmarks kernel check_mask's forms.
import numpy as np
from pycc import CC

cc = CC('numpy_tuple_operand')


@cc.export('mask_eq', 'b1(b1[:])')
def mask_eq(v):
    mask = (1, 0, 1)
    return (mask == np.bitwise_and(mask, v)).all()


@cc.export('tuple_plus', 'f8[:](f8[:])')
def tuple_plus(a):
    t = (1, 2.5, -3)
    return a + t


@cc.export('tuple_mul', 'i8[:](i8[:], i8, i8)')
def tuple_mul(a, x, y):
    t = (x, y)
    return t * a


@cc.export('store_bool', 'b1[:](i8, f8)')
def store_bool(k, x):
    out = np.zeros(4, dtype=np.bool_)
    out[0] = 1
    out[1] = k
    out[2] = x
    return out


@cc.export('fill_bool', 'b1[:](i8)')
def fill_bool(k):
    out = np.zeros(3, dtype=np.bool_)
    out[1:] = k
    return out


CASES = {
    'mask_eq': [(np.array([True, False, True]),), (np.array([True, True, True]),), (np.array([False, False, True]),)],
    'tuple_plus': [(np.array([1.0, 2.0, 3.0]),), (np.array([1.0, 2.0]),)],
    'tuple_mul': [(np.array([3, 4]), 2, -5)],
    'store_bool': [(0, 0.0), (7, float('nan')), (-1, 0.5)],
    'fill_bool': [(0,), (3,)],
}
