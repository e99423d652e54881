# differential-python: numpy
# Forms the npapi fuzz kind drew: np.median/np.nanmedian and the
# percentile family with keepdims= (the result keeps a's ndim, q's axes
# first), np.trapezoid(y, dx=), np.square of a bool array (numpy's int8),
# np.vander of a float32 array (numpy's float64), a method of an array
# method's result (`np.abs(m).copy().swapaxes(0, 1)`), np.median of a
# bool array (numpy 2.4's float64 mean of the middle ones).
import numpy as np
from numba.pycc import CC

cc = CC('npapi_keepdims')


@cc.export('median_rows', 'f8[:, :](f8[:, :])')
def median_rows(a):
    return np.median(a, axis=0, keepdims=True)


@cc.export('median_all', 'f8[:, :](i8[:, :])')
def median_all(a):
    return np.median(a, keepdims=True) + np.nanmedian(a * 1.0, axis=1, keepdims=True)


@cc.export('median_f4', 'f4[:](f4[:])')
def median_f4(a):
    return np.median(a, axis=0, keepdims=True)


@cc.export('median_no_keep', 'f8[:](f8[:, :])')
def median_no_keep(a):
    return np.median(a, axis=1, keepdims=False)


@cc.export('pct_cols', 'f8[:, :](f8[:, :])')
def pct_cols(a):
    return np.percentile(a, 30.0, axis=1, keepdims=True)


@cc.export('pct_q', 'f8[:, :, :](i4[:, :])')
def pct_q(a):
    return np.quantile(a, np.array([0.25, 0.5, 0.9]), axis=0, keepdims=True)


@cc.export('pct_all', 'f4[:](f4[:])')
def pct_all(a):
    return np.nanpercentile(a, 75, keepdims=True, method='nearest')


@cc.export('pct_sum', 'f8(f8[:, :])')
def pct_sum(a):
    return np.sum(np.percentile(a, 50.0, axis=0, keepdims=True) * np.nanquantile(a, 0.5, keepdims=True))


@cc.export('trap_dx', 'f8(f8[:])')
def trap_dx(y):
    return np.trapezoid(y, dx=0.5)


@cc.export('trap_int', 'f8(i8[:], i8)')
def trap_int(y, d):
    return np.trapezoid(y, dx=d) + np.trapezoid(y > 0, None, 2.5)


@cc.export('trap_f4', 'f4(f4[:])')
def trap_f4(y):
    return np.trapezoid(y, dx=3)


@cc.export('bool_square', 'i1[:](f8[:])')
def bool_square(a):
    return np.square(a > 0)


@cc.export('bool_square_sum', 'i8(b1[:, :])')
def bool_square_sum(m):
    return np.sum(np.square(m))


@cc.export('vander_f4', '(f4[:], u1[:])')
def vander_f4(b, u):
    return np.vander(b[:3], 3)[0], np.vander(u, 2)


@cc.export('method_of_copy', '(f8[:, :], i8[:, :, :])')
def method_of_copy(m, t):
    return np.abs(m).copy().swapaxes(0, 1), np.mean(t[::-1], axis=0).swapaxes(0, 1), m.copy().trace()


@cc.export('bool_median', '(b1[:], b1[:, :])')
def bool_median(b, m):
    return np.median(b), np.median(m, axis=1)


M = np.array([[3.0, 1.0, 2.0, 8.0], [0.5, 4.0, -1.0, 2.0], [7.0, 7.5, 0.0, 1.0]])
MI = np.array([[3, 1, 2], [5, 4, -1], [9, 0, 2], [1, 1, 1]], dtype=np.int32)
Y = np.array([0.5, -1.5, 1.0, 1.0, 0.25, 3.0])
CASES = {
    'median_rows': [(M,), (M.T,), (np.array([[np.nan, 1.0], [2.0, 3.0]]),)],
    'median_all': [(MI.astype(np.int64),), (np.arange(12).reshape(3, 4),)],
    'median_f4': [(Y.astype(np.float32),)],
    'median_no_keep': [(M,)],
    'pct_cols': [(M,), (M[:, :1],)],
    'pct_q': [(MI,)],
    'pct_all': [(Y.astype(np.float32),), (np.array([np.nan, 2.0, 1.0], dtype=np.float32),)],
    'pct_sum': [(M,)],
    'trap_dx': [(Y,), (np.zeros(0),), (Y[:1],)],
    'trap_int': [(np.arange(-3, 5), 2), (np.zeros(0, dtype=np.int64), 1)],
    'trap_f4': [(Y.astype(np.float32),)],
    'vander_f4': [(Y.astype(np.float32), np.array([1, 255], dtype=np.uint8))],
    'method_of_copy': [(M, np.arange(24).reshape(2, 3, 4))],
    'bool_median': [(np.array([True, False]), np.array([[True, False], [True, True], [False, False]])),
                    (np.array([True, False, True]), np.zeros((2, 0), dtype=bool))],
    'bool_square': [(Y,), (np.zeros(0),)],
    'bool_square_sum': [(np.array([[True, False], [True, True]]),)],
}
