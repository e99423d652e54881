# differential-python: numpy
# np.percentile, np.quantile, np.nanpercentile, np.nanquantile (number q
# and array q), np.bincount (minlength=), np.interp (number or array x):
# numpy computes them, with its errors (q out of range, negative counts).
import numpy as np
from pycc import CC

cc = CC('numpy_more_stats')


@cc.export('percentile', 'f8(f8[:], f8)')
def percentile(a, q):
    return np.percentile(a, q)


@cc.export('percentile_int', 'f8(i8[:], i8)')
def percentile_int(a, q):
    return np.percentile(a, q)


@cc.export('percentile_arr', 'f8[:](f8[:, :], f8[:])')
def percentile_arr(a, q):
    return np.percentile(a, q)


@cc.export('percentile_f4', 'f4(f4[:])')
def percentile_f4(a):
    return np.percentile(a, 30.0)


@cc.export('quantile', 'f8(f8[:], f8)')
def quantile(a, q):
    return np.quantile(a, q)


@cc.export('quantile_arr', 'f8[:](i4[:], f8[:])')
def quantile_arr(a, q):
    return np.quantile(a, q)


@cc.export('nanpercentile', 'f8(f8[:], f8)')
def nanpercentile(a, q):
    return np.nanpercentile(a, q)


@cc.export('nanpercentile_arr', 'f8[:](f8[:], f8[:])')
def nanpercentile_arr(a, q):
    return np.nanpercentile(a, q)


@cc.export('nanquantile', 'f8(f8[:], f8)')
def nanquantile(a, q):
    return np.nanquantile(a, q)


@cc.export('bincount', 'i8[:](i8[:])')
def bincount(x):
    return np.bincount(x)


@cc.export('bincount_min', 'i8[:](i4[:], i8)')
def bincount_min(x, n):
    return np.bincount(x, minlength=n)


@cc.export('interp', 'f8(f8, f8[:], f8[:])')
def interp(x, xp, fp):
    return np.interp(x, xp, fp)


@cc.export('interp_arr', 'f8[:](f8[:], f8[:], f8[:])')
def interp_arr(x, xp, fp):
    return np.interp(x, xp, fp)


@cc.export('interp_int', 'f8[:](i8[:], i8[:], i8[:])')
def interp_int(x, xp, fp):
    return np.interp(x, xp, fp)


N = np.nan
A = np.array([3.0, 1.0, 4.0, 1.5, 9.0, 2.6, 5.0])
Q = np.array([0.0, 25.0, 50.0, 99.9, 100.0])
XP = np.array([0.0, 1.0, 2.5, 4.0])
FP = np.array([10.0, -1.0, 0.5, 7.0])

CASES = {
    'percentile': [(A, 50.0), (A, 0.0), (A, 100.0), (A, 33.3), (A, 101.0), (A, -1.0), (np.zeros(0), 50.0),
                   (np.array([1.0, N]), 50.0)],
    'percentile_int': [(np.array([1, 2, 3, 4]), 50), (np.array([7]), 10)],
    'percentile_arr': [(A[:6].reshape(2, 3), Q), (A[:6].reshape(2, 3), np.zeros(0))],
    'percentile_f4': [(np.array([0.1, 0.7, 0.3], dtype=np.float32),)],
    'quantile': [(A, 0.5), (A, 0.1), (A, 1.5)],
    'quantile_arr': [(np.array([5, 1, 3], dtype=np.int32), Q / 100.0)],
    'nanpercentile': [(np.array([1.0, N, 3.0, 2.0]), 50.0), (np.array([N, N]), 50.0), (A, 75.0)],
    'nanpercentile_arr': [(np.array([1.0, N, 3.0, 2.0]), Q)],
    'nanquantile': [(np.array([1.0, N, 3.0, 2.0]), 0.25)],
    'bincount': [(np.array([0, 1, 1, 3, 2, 1, 7]),), (np.zeros(0, dtype=np.int64),), (np.array([1, -1]),)],
    'bincount_min': [(np.array([0, 1, 1], dtype=np.int32), 5), (np.array([0, 4], dtype=np.int32), 2),
                     (np.array([1], dtype=np.int32), -1)],
    'interp': [(x, XP, FP) for x in (-1.0, 0.0, 0.3, 1.0, 2.0, 4.0, 9.0, N)] + [(1.0, np.zeros(0), np.zeros(0)),
                                                                            (1.0, XP, FP[:3])],
    'interp_arr': [(np.array([0.5, 3.9, -2.0, N]), XP, FP), (np.zeros(0), XP, FP)],
    'interp_int': [(np.array([0, 1, 2, 5]), np.array([0, 2, 4]), np.array([1, 5, -3]))],
}
