# differential-python: numpy
# np.count_nonzero, np.nansum, np.nanmean, np.nanmax, np.nanmin, np.nanstd
# of 1-d and n-d arrays (no axis): numpy computes them (its pairwise sums,
# its warnings and ValueErrors for empty or all-nan input).
import numpy as np
from pycc import CC

cc = CC('numpy_more_nan')


@cc.export('count_nonzero', 'i8(f8[:])')
def count_nonzero(a):
    return np.count_nonzero(a)


@cc.export('count_nonzero2', 'i8(b1[:, :])')
def count_nonzero2(a):
    return np.count_nonzero(a)


@cc.export('count_expr', 'i8(f8[:])')
def count_expr(a):
    return np.count_nonzero(a > 1.0)


@cc.export('nansum', 'f8(f8[:])')
def nansum(a):
    return np.nansum(a)


@cc.export('nansum_int', 'i8(i4[:])')
def nansum_int(a):
    return np.nansum(a)


@cc.export('nanmean', 'f8(f8[:, :])')
def nanmean(a):
    return np.nanmean(a)


@cc.export('nanmax', 'f8(f8[:])')
def nanmax(a):
    return np.nanmax(a)


@cc.export('nanmin', 'f8(f8[:])')
def nanmin(a):
    return np.nanmin(a)


@cc.export('nanmax_int', 'i8(i8[:])')
def nanmax_int(a):
    return np.nanmax(a)


@cc.export('nanstd', 'f8(f8[:])')
def nanstd(a):
    return np.nanstd(a)


@cc.export('nanstd_f4', 'f4(f4[:])')
def nanstd_f4(a):
    return np.nanstd(a)


N = np.nan
A = np.array([1.0, N, 3.0, 0.1, N, -2.5, 0.0, 0.7])
ALLNAN = np.array([N, N])
E = np.zeros(0)

CASES = {
    'count_nonzero': [(A,), (E,), (np.array([0.0, -0.0]),)],
    'count_nonzero2': [(np.array([[True, False], [True, True]]),)],
    'count_expr': [(A,)],
    'nansum': [(A,), (E,), (ALLNAN,), (np.array([0.1] * 17),)],
    'nansum_int': [(np.array([2**31 - 1, 1], dtype=np.int32),)],
    'nanmean': [(A.reshape(2, 4),), (np.array([[N, 1.0]]),), (np.zeros((0, 2)),), (np.array([[N]]),)],
    'nanmax': [(A,), (ALLNAN,), (E,), (np.array([-np.inf, N]),)],
    'nanmin': [(A,), (ALLNAN,), (E,)],
    'nanmax_int': [(np.array([3, -4, 9]),), (np.zeros(0, dtype=np.int64),)],
    'nanstd': [(A,), (ALLNAN,), (E,), (np.array([0.1, 0.2, 0.3]),)],
    'nanstd_f4': [(np.array([0.1, N, 0.3], dtype=np.float32),)],
}
