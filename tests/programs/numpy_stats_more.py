# differential-python: numpy
# np.cov / np.corrcoef (y, rowvar=, bias=, ddof=; a number for one 1-d
# variable), np.ptp (axis=), np.dstack, np.take, and the shape functions
# np.ascontiguousarray, np.atleast_2d, np.expand_dims, np.swapaxes,
# np.moveaxis, np.squeeze(a, axis) (numpy's views): numpy computes them.
import numpy as np
from pycc import CC

cc = CC('numpy_stats_more')


@cc.export('cov', 'f8[:, :](f8[:, :])')
def cov(m):
    return np.cov(m)


@cc.export('cov_1d', 'f8(f8[:])')
def cov_1d(m):
    return np.cov(m)


@cc.export('cov_xy', 'f8[:, :](f8[:], f8[:])')
def cov_xy(x, y):
    return np.cov(x, y)


@cc.export('cov_cols', 'f8[:, :](f8[:, :])')
def cov_cols(m):
    return np.cov(m, rowvar=False)


@cc.export('cov_bias', 'f8[:, :](f8[:, :], i8)')
def cov_bias(m, d):
    return np.cov(m, bias=True) + np.cov(m, ddof=d)


@cc.export('cov_int', 'f8[:, :](i8[:, :])')
def cov_int(m):
    return np.cov(m)


@cc.export('corrcoef', 'f8[:, :](f8[:, :])')
def corrcoef(m):
    return np.corrcoef(m)


@cc.export('corrcoef_xy', 'f8(f8[:], f8[:])')
def corrcoef_xy(x, y):
    return np.corrcoef(x, y)[0, 1]


@cc.export('corrcoef_cols', 'f8[:, :](f8[:, :])')
def corrcoef_cols(m):
    return np.corrcoef(m, rowvar=False)


@cc.export('corrcoef_1d', 'f8(f8[:])')
def corrcoef_1d(x):
    return np.corrcoef(x)


@cc.export('ptp', 'f8(f8[:])')
def ptp(a):
    return np.ptp(a)


@cc.export('ptp_int', 'i8(i8[:, :])')
def ptp_int(a):
    return np.ptp(a)


@cc.export('ptp_axis', 'f8[:](f8[:, :], i8)')
def ptp_axis(a, k):
    return np.ptp(a, axis=k)


@cc.export('dstack', 'f8[:, :, :](f8[:], f8[:])')
def dstack(a, b):
    return np.dstack((a, b))


@cc.export('dstack_2d', 'f8[:, :, :](f8[:, :], i8[:, :])')
def dstack_2d(a, b):
    return np.dstack([a, b, a])


@cc.export('take', 'f8[:](f8[:], i8[:])')
def take(a, idx):
    return np.take(a, idx)


@cc.export('take_2d', 'i8[:](i8[:, :], i8[:])')
def take_2d(a, idx):
    return np.take(a, idx)


@cc.export('take_axis', 'f8[:, :](f8[:, :], i8[:])')
def take_axis(a, idx):
    return np.take(a, idx, axis=1)


@cc.export('take_one', 'f8(f8[:], i8)')
def take_one(a, i):
    return np.take(a, i)


@cc.export('contig', 'f8[:, :](f8[:, :])')
def contig(a):
    return np.ascontiguousarray(a.T)


@cc.export('atleast_2d', 'f8[:, :](f8[:])')
def atleast_2d(a):
    return np.atleast_2d(a)


@cc.export('expand_dims', 'f8[:, :](f8[:], i8)')
def expand_dims(a, k):
    return np.expand_dims(a, k)


@cc.export('expand_write', 'f8[:](f8[:])')
def expand_write(a):
    b = a.copy()
    e = np.expand_dims(b, 0)
    e[0, 0] = 99.0
    return b


@cc.export('swapaxes', 'f8[:, :, :](f8[:, :, :])')
def swapaxes(a):
    return np.swapaxes(a, 0, 2)


@cc.export('moveaxis', 'i8[:, :, :](i8[:, :, :], i8, i8)')
def moveaxis(a, s, d):
    return np.moveaxis(a, s, d)


@cc.export('squeeze', 'f8[:](f8[:, :], i8)')
def squeeze(a, k):
    return np.squeeze(a, axis=k)


@cc.export('squeeze_3d', 'i8[:, :](i8[:, :, :])')
def squeeze_3d(a):
    return np.squeeze(a, 1)


M = np.array([[1.0, 2.0, 4.0, 7.0], [2.0, 1.0, 0.5, 3.0], [0.0, 5.0, 1.0, 2.0]])
X = np.array([0.1, 0.5, 0.3, 2.0])
Y = np.array([1.0, -0.5, 0.25, 4.0])

CASES = {
    'cov': [(M,), (M.T,), (np.zeros((2, 1)),)],
    'cov_1d': [(X,), (np.array([1.0]),)],
    'cov_xy': [(X, Y), (X, Y[:3])],
    'cov_cols': [(M,)],
    'cov_bias': [(M, 0), (M, 2)],
    'cov_int': [(np.array([[1, 2, 3], [4, 6, 5]]),)],
    'corrcoef': [(M,)],
    'corrcoef_xy': [(X, Y)],
    'corrcoef_cols': [(M,)],
    'corrcoef_1d': [(X,)],
    'ptp': [(X,), (np.zeros(0),)],
    'ptp_int': [(np.array([[1, -7], [4, 3]]),)],
    'ptp_axis': [(M, 0), (M, 1), (M, 2)],
    'dstack': [(X, Y), (X, Y[:2])],
    'dstack_2d': [(M, np.ones((3, 4), dtype=np.int64))],
    'take': [(X, np.array([0, 3, -1])), (X, np.array([4]))],
    'take_2d': [(np.arange(6).reshape(2, 3), np.array([5, 0]))],
    'take_axis': [(M, np.array([1, 1, 0]))],
    'take_one': [(X, 2), (X, -4), (X, 9)],
    'contig': [(M,)],
    'atleast_2d': [(X,)],
    'expand_dims': [(X, 0), (X, 1), (X, -1), (X, 3)],
    'expand_write': [(X,)],
    'swapaxes': [(np.arange(24.0).reshape(2, 3, 4),)],
    'squeeze': [(M[:1], 0), (M[:, 1:2], 1), (M, 0), (M[:1], -2)],
    'squeeze_3d': [(np.arange(6).reshape(2, 1, 3),), (np.arange(6).reshape(2, 3, 1),)],
    'moveaxis': [(np.arange(24).reshape(2, 3, 4), 0, -1), (np.arange(24).reshape(2, 3, 4), 2, 0), (np.arange(24).reshape(2, 3, 4), 3, 0)],
}
