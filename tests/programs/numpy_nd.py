# differential-python: numpy
# Arrays of 4 or more dimensions (numba allows any ndim): arguments, np.zeros
# of a 4- and 5-tuple, indexing, slicing into views, shape, elementwise
# operations with broadcasting (and numpy's ValueError when shapes do not
# broadcast), reductions, slice assignment; compared with numpy.
import numpy as np
from pycc import CC

cc = CC('numpy_nd_prog')


@cc.export('total4', 'f8(f8[:, :, :, :])')
def total4(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                for m in range(a.shape[3]):
                    s += a[i, j, k, m] * (i + 2 * j + 3 * k + 4 * m)
    return s


@cc.export('alloc4', 'f8[:, :, :, :](i8, i8, i8, i8)')
def alloc4(a, b, c, d):
    z = np.zeros((a, b, c, d))
    for i in range(a):
        z[i, :, :, :] = i
    z[:, 1:, 0, :] += 0.5
    z[-1, -1, -1, -1] = 9.0
    return z


@cc.export('alloc5', 'i8[:, :, :, :, :](i8)')
def alloc5(n):
    z = np.ones((n, 2, n, 1, 3), dtype=np.int64)
    z[0, 1, 0, 0, 2] = 5
    return z * 3


@cc.export('views4', 'f8[:, :](f8[:, :, :, :], i8)')
def views4(a, k):
    v = a[1:, ::2, k, :]
    return v[0] + a[0, 0]


@cc.export('shape4', 'Tuple(i8, i8, i8, i8, i8)(f8[:, :, :, :])')
def shape4(a):
    s = a.shape
    return s[0], s[1], s[2], s[3], a.ndim


@cc.export('ops4', 'f8[:, :, :, :](f8[:, :, :, :], f8[:, :, :, :])')
def ops4(a, b):
    return np.sqrt(a * b + 1.0) - a[:, :1] / 2.0


@cc.export('bcast4', 'f8[:, :, :, :](f8[:, :, :, :], f8[:, :])')
def bcast4(a, b):
    return a + b


@cc.export('reduce4', 'Tuple(f8, f8, f8)(f8[:, :, :, :])')
def reduce4(a):
    return a.sum(), np.max(a), a.mean()


@cc.export('axis4', 'f8[:, :, :](f8[:, :, :, :], i8)')
def axis4(a, k):
    if k == 0:
        return a.sum(axis=0)
    return np.sum(a, axis=3)


@cc.export('assign4', 'f8[:, :, :, :](f8[:, :, :, :], f8[:, :, :])')
def assign4(a, b):
    c = a.copy()
    c[1] = b
    return c


def arr(*shape):
    return np.arange(float(np.prod(shape))).reshape(shape) / 7.0


CASES = {
    'total4': [(arr(2, 3, 4, 5),), (arr(1, 1, 1, 1),), (arr(3, 2, 4, 2)[:, :, ::2, :],)],
    'alloc4': [(2, 3, 2, 2), (1, 2, 1, 3)],
    'alloc5': [(2,), (3,)],
    'views4': [(arr(3, 4, 2, 5), 1), (arr(2, 3, 3, 2), -1), (arr(2, 3, 3, 2), 3)],
    'shape4': [(arr(2, 3, 4, 5),)],
    'ops4': [(arr(2, 3, 4, 5), arr(2, 3, 4, 5)), (arr(2, 3, 4, 5), arr(2, 1, 4, 5))],
    'bcast4': [(arr(2, 3, 4, 5), arr(4, 5)), (arr(2, 3, 4, 5), arr(1, 5)), (arr(2, 3, 4, 5), arr(3, 5))],
    'reduce4': [(arr(2, 3, 4, 5),), (arr(1, 2, 1, 2),)],
    'axis4': [(arr(2, 3, 4, 5), 0), (arr(2, 3, 4, 5), 1)],
    'assign4': [(arr(2, 3, 4, 5), arr(3, 4, 5) + 100.0), (arr(2, 3, 4, 5), arr(3, 4, 1)), (arr(2, 3, 4, 5), arr(2, 4, 5))],
}
