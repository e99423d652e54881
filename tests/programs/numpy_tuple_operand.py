# differential-python: numpy
# A tuple of numbers as an array operand (numpy's asarray of it: bool,
# int64 or float64), and a number stored into a bool array (numpy stores
# bool(number)): the numpy-benchmarks kernel check_mask's forms. A tuple of
# at most 8 numbers inside an elementwise expression is read item by item in
# the loop (no array made), broadcast as numpy's 1-d array of it.
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


@cc.export('check_mask', 'b1[:](b1[:, :])')
def check_mask(db, mask=(1, 0, 1)):
    out = np.zeros(db.shape[0], dtype=bool)
    for idx, line in enumerate(db):
        target, vector = line[0], line[1:]
        if (mask == np.bitwise_and(mask, vector)).all():
            if target == 1:
                out[idx] = 1
    return out


@cc.export('tuple_2d', 'f8[:, :](f8[:, :], f8)')
def tuple_2d(a, s):
    w = (0.5, s, -0.0, 2.0)
    return np.maximum(a * w, w) - np.add(a, w)


@cc.export('tuple_argmax', 'i8(f8[:], f8)')
def tuple_argmax(a, x):
    t = (x, 1.0, float('nan'), 3.0, -1.0)
    return np.argmax(a * t)


@cc.export('tuple_bool', 'i8(b1[:])')
def tuple_bool(v):
    t = (True, False, True)
    return np.sum(v & t)


@cc.export('tuple_long', 'i8[:](i8[:])')
def tuple_long(a):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    return a - t


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
    'check_mask': [(np.array(np.random.default_rng(0).integers(2, size=(100, 4)), dtype=bool),),
                   (np.ones((3, 4), bool),), (np.zeros((0, 4), bool),), (np.ones((2, 3), bool),)],
    'tuple_2d': [(np.arange(12.0).reshape(3, 4), 1.5), (np.ones((2, 4)), float('nan')), (np.ones((2, 3)), 1.0),
                 (np.ones((0, 4)), 1.0), (np.ones((4, 1)), -2.0)],
    'tuple_argmax': [(np.arange(5.0), 10.0), (np.ones(5), -1.0), (np.ones(1), 1.0), (np.ones(4), 1.0)],
    'tuple_bool': [(np.array([True, True, False]),), (np.array([True]),), (np.ones(2, bool),)],
    'tuple_long': [(np.arange(10),), (np.arange(3),)],
    'store_bool': [(0, 0.0), (7, float('nan')), (-1, 0.5)],
    'fill_bool': [(0,), (3,)],
}
