# differential-python: numpy
# The ufunc reductions numpy has no function for, computed by numpy's own
# methods: np.add.reduceat (sums of slices; indices[i] >= indices[i+1] gives
# a[indices[i]]; IndexError for an index out of range), multiply/maximum/
# minimum.reduceat, np.fmax/fmin.reduce (nan skipping) and the bitwise
# reduces; and numpy scalar constructors bound to a name (`k = np.int64(n)`),
# strong in numpy 2's promotion as the call itself is.
import numpy as np
from pycc import CC

cc = CC('ufunc_reduceat')


@cc.export('sums', 'f8[:](f8[:], i8[:])')
def sums(a, idx):
    return np.add.reduceat(a, idx)


@cc.export('int_sums', 'i8[:](i4[:], i4[:])')
def int_sums(a, idx):
    # int32 items add in int64, as np.sum's do.
    return np.add.reduceat(a, idx)


@cc.export('row_sums', 'f8[:,:](f8[:,:], i8[:], i8)')
def row_sums(m, idx, axis):
    return np.add.reduceat(m, idx, axis=axis)


@cc.export('segment_max', 'i2[:](i2[:], i8[:])')
def segment_max(a, idx):
    return np.maximum.reduceat(a, idx)


@cc.export('segment_min', 'f4[:](f4[:], i8[:])')
def segment_min(a, idx):
    return np.minimum.reduceat(a, idx, 0)


@cc.export('segment_prod', 'u8[:](u1[:], i8[:])')
def segment_prod(a, idx):
    return np.multiply.reduceat(a, idx)


@cc.export('display', 'f8[:](f8[:], i8)')
def display(a, n):
    # A display of indices is numpy's asarray of it.
    return np.add.reduceat(a, [0, n, 2])


@cc.export('fmax_all', 'f8(f8[:])')
def fmax_all(a):
    return np.fmax.reduce(a)


@cc.export('fmin_cols', 'f8[:](f8[:,:])')
def fmin_cols(m):
    return np.fmin.reduce(m)


@cc.export('fmax_flat', 'f8(f8[:,:])')
def fmax_flat(m):
    return np.fmax.reduce(m, axis=None)


@cc.export('flags', 'i8(i8[:])')
def flags(a):
    return np.bitwise_or.reduce(a)


@cc.export('masks', 'u1[:](u1[:,:], i8)')
def masks(m, axis):
    return np.bitwise_and.reduce(m, axis)


@cc.export('parity', 'b1(b1[:])')
def parity(a):
    return np.bitwise_xor.reduce(a)


@cc.export('strong_int', 'i8(i4[:], i8)')
def strong_int(a, n):
    k = np.int64(n)
    b = a + k
    return b[0]


@cc.export('strong_float', 'f8(f4[:], f8)')
def strong_float(a, x):
    k = np.float64(x)
    return (a * k)[0]


@cc.export('strong_in_loop', 'i8(i4[:], i8)')
def strong_in_loop(a, n):
    k = np.int64(n)
    s = 0
    for i in range(3):
        s += (a + k)[i % a.size]
    return s


F = np.array([1.0, 2.5, np.nan, -4.0, 8.0, 0.5, 7.0, -0.0])
CASES = {
    'sums': [(F, np.array([0, 4, 1, 5])), (F, np.array([7])), (F, np.array([0, 8])),
             (F, np.array([-1])), (F, np.array([], dtype=np.int64)), (F, np.array([3, 3, 2]))],
    'int_sums': [(np.array([2**31 - 1, 5, 2**31 - 1, -3], dtype=np.int32), np.array([0, 2, 3], dtype=np.int32))],
    'row_sums': [(np.arange(12.0).reshape(3, 4), np.array([0, 2]), 1),
                 (np.arange(12.0).reshape(3, 4), np.array([0, 2, 1]), 0),
                 (np.arange(12.0).reshape(3, 4), np.array([0]), 2),
                 (np.arange(12.0).reshape(3, 4), np.array([4]), 1)],
    'segment_max': [(np.array([3, -7, 9, 2, 2], dtype=np.int16), np.array([0, 2, 4]))],
    'segment_min': [(np.array([0.5, np.nan, -1.0, 3.0], dtype=np.float32), np.array([0, 2, 1]))],
    'segment_prod': [(np.array([200, 200, 3, 0, 9], dtype=np.uint8), np.array([0, 2, 4]))],
    'display': [(F, 5), (F, 1), (F, 9)],
    'fmax_all': [(F,), (np.array([np.nan, np.nan]),), (np.array([]),), (np.array([-0.0, 0.0]),)],
    'fmin_cols': [(np.array([[1.0, np.nan, 3.0], [np.nan, np.nan, -2.0]]),), (np.zeros((0, 2)),)],
    'fmax_flat': [(np.array([[1.0, np.nan, 3.0], [np.nan, 9.0, -2.0]]),)],
    'flags': [(np.array([1, 4, 16, 4]),), (np.array([], dtype=np.int64),), (np.array([-8, 3]),)],
    'masks': [(np.array([[255, 15], [12, 7]], dtype=np.uint8), 0),
              (np.array([[255, 15], [12, 7]], dtype=np.uint8), 1),
              (np.array([[255, 15], [12, 7]], dtype=np.uint8), -3)],
    'parity': [(np.array([True, True, False]),), (np.array([True]),), (np.array([], dtype=np.bool_),)],
    'strong_int': [(np.array([2**31 - 1, -5], dtype=np.int32), k) for k in (0, 1, 2**31, -7)],
    'strong_float': [(np.array([0.1, 1e30], dtype=np.float32), x) for x in (0.1, 1e-10, -2.5)],
    'strong_in_loop': [(np.array([2**31 - 1, 3], dtype=np.int32), 5)],
}
