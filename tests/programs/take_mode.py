# differential-python: numpy
# np.take with mode= ('raise', 'wrap', 'clip': numpy's own take, its
# IndexError for 'raise'), and with axis=None (the flattened array, as
# without an axis).
import numpy as np
from pycc import CC

cc = CC('take_mode')


@cc.export('clipped', 'f8[:](f8[:], i8[:])')
def clipped(a, idx):
    return np.take(a, idx, mode='clip')


@cc.export('wrapped', 'i4[:,:](i4[:,:], i8[:])')
def wrapped(m, idx):
    return np.take(m, idx, axis=1, mode='wrap')


@cc.export('raised', 'f8[:](f8[:], i8[:])')
def raised(a, idx):
    return np.take(a, idx, mode='raise')


@cc.export('one', 'f8(f8[:], i8)')
def one(a, i):
    return np.take(a, i, mode='wrap')


@cc.export('flat_none', 'f8[:](f8[:,:], i8[:])')
def flat_none(m, idx):
    return np.take(m, idx, axis=None)


@cc.export('method', 'f8[:](f8[:], i8[:])')
def method(a, idx):
    return a.take(idx, mode='clip')


A = np.array([1.5, -2.0, np.nan, 4.0])
I = np.array([0, 3, 4, -1, -7, 100])
CASES = {
    'clipped': [(A, I), (A, np.array([], dtype=np.int64))],
    'wrapped': [(np.arange(12, dtype=np.int32).reshape(3, 4), I)],
    'raised': [(A, np.array([0, 3, -4])), (A, I)],
    'one': [(A, 5), (A, -9)],
    'flat_none': [(np.arange(6.0).reshape(2, 3), np.array([5, 0, -1]))],
    'method': [(A, I)],
}
