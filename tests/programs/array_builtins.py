# Builtin max(a), min(a), sum(a) of a 1-d array: CPython iterates the
# array's numpy scalars (max/min by `>`/`<` from the first element, nan
# where it comes first, ValueError when empty; sum left to right from 0
# in numpy scalar arithmetic).
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('array_builtins_prog')


@cc.export('fmax', 'f8(f8[:])')
def fmax(a):
    return max(a)


@cc.export('fmin', 'f8(f8[:])')
def fmin(a):
    return min(a)


@cc.export('fsum', 'f8(f8[:])')
def fsum(a):
    return sum(a)


@cc.export('imax', 'i8(i8[:])')
def imax(a):
    return max(a) - min(a)


@cc.export('isum', 'i8(i8[:])')
def isum(a):
    return sum(a)


@cc.export('small_sum', 'i4(i1[:])')
def small_sum(a):
    return sum(a)


@cc.export('f4sum', 'f4(f4[:])')
def f4sum(a):
    return sum(a)


@cc.export('umax', 'u8(u8[:])')
def umax(a):
    return max(a)


@cc.export('count', 'i8(b1[:])')
def count(a):
    return sum(a) + max(a)


@cc.export('window', 'f8(f8[:], i8)')
def window(a, k):
    best = min(a[:k])
    return best + max(a[k:]) + sum(a[::2])


def f64(xs):
    return np.array(xs, dtype=np.float64)


NAN = float('nan')
CASES = {
    'fmax': [(f64([1.0, 3.0, 2.0]),), (f64([NAN, 1.0, 2.0]),), (f64([1.0, NAN, 2.0]),), (f64([-0.0, 0.0]),),
             (f64([0.0, -0.0]),), (f64([]),), (f64([5.0]),)],
    'fmin': [(f64([1.0, 3.0, -2.0]),), (f64([NAN, 1.0]),), (f64([2.0, NAN, 1.0]),), (f64([0.0, -0.0]),), (f64([]),)],
    'fsum': [(f64([0.1] * 10),), (f64([1e16, 1.0, -1e16]),), (f64([-0.0]),), (f64([]),), (f64([NAN, 1.0]),)],
    'imax': [(np.array([3, -9, 7, 2**62], dtype=np.int64),), (np.array([], dtype=np.int64),)],
    'isum': [(np.array([2**62, 2**62, 5], dtype=np.int64),), (np.array([], dtype=np.int64),)],
    'small_sum': [(np.array([100, 100, -7], dtype=np.int8),), (np.array([], dtype=np.int8),)],
    'f4sum': [(np.array([0.1, 0.2, 1e8, -1e8], dtype=np.float32),)],
    'umax': [(np.array([1, 2**64 - 1, 2**63], dtype=np.uint64),)],
    'count': [(np.array([True, False, True]),), (np.array([False]),)],
    'window': [(f64([4.0, 1.0, 8.0, 2.0, 9.0]), 2), (f64([4.0, 1.0]), 0)],
}
