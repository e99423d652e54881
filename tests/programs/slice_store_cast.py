# differential-python: numpy
# A float array stored into a slice of an int array, any array into a bool
# one: numpy's casts (toward zero; bool of each element), as a float number
# stored into an int slice already is.
import numpy as np
from pycc import CC

cc = CC('slice_store_cast')


@cc.export('shift_cols', 'i8[:,:](u8[:,:], u8, f8)')
def shift_cols(grid, x, n):
    out = np.empty_like(grid, dtype=np.int64)
    out[:, 0] = grid[:, 0] + x - np.round(n)
    out[:, 1] = grid[:, 1] * 0.5 - 1.25
    return out


@cc.export('small', 'i2[:](f8[:])')
def small(v):
    out = np.zeros(len(v) + 1, np.int16)
    out[1:] = v * 3.0
    return out


@cc.export('truth', 'b1[:](i8[:], f8[:])')
def truth(a, b):
    out = np.zeros(len(a) + len(b), np.bool_)
    out[:len(a)] = a
    out[len(a):] = b - 0.5
    return out


CASES = {
    'shift_cols': [(np.array([[1, 2], [3, 4], [10, 0]], np.uint64), 2, 1.6),
                   (np.array([[0, 7]], np.uint64), 0, 0.5)],
    'small': [(np.array([1.9, -1.9, 0.2, -0.0, 1000.7]),), (np.array([], np.float64),)],
    'truth': [(np.array([0, 3, -1], np.int64), np.array([0.5, 0.0, 1.0, np.nan]))],
}
