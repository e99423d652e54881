# differential-python: numpy
# More numpy functions numba users call, each one call of numpy's own
# function (src/sema/npcalls/nplinalg.rs, setops.rs): np.linalg.eigvals and
# np.linalg.eig of real matrices with real eigenvalues (numba's real
# results: complex ones raise numba's ValueError, a documented deviation,
# not tested here), np.rot90, np.resize; compared with numpy itself, bit
# for bit (values, dtypes, shapes and errors); np.unique's tuples
# (return_index=, return_inverse=, return_counts=, equal_nan=); the method
# forms a.argsort(axis, kind=) and a.sort(axis, kind=); np.isin of a number;
# np.average(..., returned=True); np.heaviside's float32/float64 loops.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth2_prog')


@cc.export('eigvals', '(f8[:, :])')
def eigvals(a):
    return np.linalg.eigvals(a)


@cc.export('eigvals_f4', '(f4[:, :])')
def eigvals_f4(a):
    return np.linalg.eigvals(a)


@cc.export('eig', '(f8[:, :], i8)')
def eig(a, k):
    w, v = np.linalg.eig(a)
    if k == 0:
        return w.reshape((1, -1))
    return v


@cc.export('eig_int', '(i8[:, :])')
def eig_int(a):
    w, v = np.linalg.eig(a)
    return v * w[-1]


@cc.export('rot90', '(f8[:, :], i8)')
def rot90(a, k):
    return np.rot90(a, k)


@cc.export('rot90_default', '(i4[:, :, :])')
def rot90_default(a):
    r = np.rot90(a)
    r[0, 0, 0] = 99
    return r


@cc.export('resize', '(f8[:], i8, i8)')
def resize(a, n, m):
    if m < 0:
        return np.resize(a, n).reshape((1, -1))
    return np.resize(a, (n, m))


@cc.export('resize_2d', '(i8[:, :], i8)')
def resize_2d(a, n):
    return np.resize(a, [n, 2, 2])


@cc.export('unique_counts', '(f8[:])')
def unique_counts(a):
    u, c = np.unique(a, return_counts=True)
    return u * c


@cc.export('unique_all', '(i4[:, :], i8)')
def unique_all(a, k):
    u, i, inv, c = np.unique(a, return_index=True, return_inverse=True, return_counts=True)
    if k == 0:
        return u.astype(np.int64)
    if k == 1:
        return i
    if k == 2:
        return inv.ravel()
    return c


@cc.export('unique_inverse', '(f8[:], b1)')
def unique_inverse(a, en):
    u, inv = np.unique(a, return_inverse=True, return_index=False, equal_nan=en)
    return u[inv] + inv


@cc.export('unique_index', '(b1[:])')
def unique_index(a):
    u, i = np.unique(a, return_index=True)
    return i + u


@cc.export('unique_returned', '(i8[:])')
def unique_returned(a):
    t = np.unique(a[::2], return_inverse=True)
    return np.unique(a, return_counts=True, return_index=True), t[1]


@cc.export('argsort_method', '(f8[:, :], i8, i8)')
def argsort_method(a, ax, k):
    if k == 0:
        return a.argsort(kind='stable')
    if k == 1:
        return a.argsort(axis=ax, kind='mergesort')
    return a.argsort(ax)


@cc.export('sort_method', '(f8[:, :], i8, i8)')
def sort_method(a, ax, k):
    b = a.copy()
    if k == 0:
        b.sort(axis=ax)
    elif k == 1:
        b.sort(ax, 'heapsort')
    else:
        b[:, ::2].sort(kind='stable', axis=ax)
    return b


@cc.export('isin_number', '(f8, f8[:], b1)')
def isin_number(x, a, inv):
    if np.isin(x, a, invert=inv):
        return 1
    return 0


@cc.export('isin_int', '(i8, i4[:, :])')
def isin_int(x, a):
    return np.isin(x + 1, a), np.isin(2.5, a, assume_unique=True), np.isin(x, 3)


@cc.export('average_returned', '(f8[:], f8[:])')
def average_returned(a, w):
    m, s = np.average(a, weights=w, returned=True)
    m2, s2 = np.average(a, returned=True)
    return m, s, m2, s2


@cc.export('average_returned_axis', '(i4[:, :], f4[:, :], i8)')
def average_returned_axis(a, w, ax):
    m, s = np.average(a, ax, w, returned=True)
    m2, s2 = np.average(w, axis=ax, returned=True)
    return m, s, m2, s2


@cc.export('heaviside_dtypes', '(i2[:], u2[:], i4[:], b1[:], i1[:])')
def heaviside_dtypes(a, b, c, m, e):
    return np.heaviside(a, b), np.heaviside(a, 1), np.heaviside(c, 2), np.heaviside(m, 0.5), np.heaviside(e, 0.5), np.heaviside(a, e)


def S():
    return np.array([[2.0, 1.0, 0.5], [1.0, 3.0, -1.0], [0.5, -1.0, 4.0]])


CASES = {
    'eigvals': [lambda: (S(),), lambda: (np.array([[1.0, 2.0], [0.0, 3.0]]),), lambda: (np.zeros((0, 0)),),
                lambda: (np.ones((2, 3)),), lambda: (np.array([[1.0, np.inf], [0.0, 1.0]]),)],
    'eigvals_f4': [lambda: (S().astype(np.float32),)],
    'eig': [(lambda k=k: (S(), k)) for k in range(2)] + [lambda: (np.array([[4.0, 1.0], [2.0, 3.0]]), 1), lambda: (np.ones((3, 2)), 0)],
    'eig_int': [lambda: (np.array([[2, 0], [0, 5]]),)],
    'rot90': [(lambda k=k: (np.arange(6.0).reshape(2, 3), k)) for k in (-5, -1, 0, 1, 2, 3, 4, 7)],
    'rot90_default': [lambda: (np.arange(24, dtype=np.int32).reshape(2, 3, 4),)],
    'resize': [(lambda n=n, m=m: (np.array([1.0, 2.0, 3.0]), n, m)) for n, m in ((2, 4), (0, 3), (5, -1), (0, -1), (-1, 2))]
    + [lambda: (np.zeros(0), 2, 2)],
    'unique_counts': [lambda: (np.array([3.0, 1.0, 3.0, np.nan, -0.0, 0.0, np.nan]),), lambda: (np.zeros(0),)],
    'unique_all': [(lambda k=k: (np.array([[3, 1, 3], [2, 1, -7]], np.int32), k)) for k in range(4)],
    'unique_inverse': [(lambda en=en: (np.array([2.5, np.nan, 1.0, np.nan, 2.5]), en)) for en in (False, True)],
    'unique_index': [lambda: (np.array([True, False, True]),), lambda: (np.array([True]),)],
    'unique_returned': [lambda: (np.array([5, 5, -1, 3, 5, -1]),)],
    'argsort_method': [(lambda ax=ax, k=k: (np.array([[3.0, np.nan, 1.0], [2.0, 2.0, -0.0], [0.0, 1.0, 1.0]]), ax, k)) for ax in (0, 1, -1, 2) for k in range(3)],
    'sort_method': [(lambda ax=ax, k=k: (np.array([[3.0, np.nan, 1.0], [2.0, 2.0, -0.0], [0.0, 1.0, 1.0]]), ax, k)) for ax in (0, -1, -3) for k in range(3)],
    'isin_number': [(lambda x=x, inv=inv: (x, np.array([1.0, np.nan, -0.0, 3.5]), inv)) for x in (1.0, 0.0, np.nan, 2.0) for inv in (False, True)]
    + [lambda: (1.0, np.zeros(0), False)],
    'isin_int': [(lambda x=x: (x, np.array([[1, 2], [3, 4]], np.int32))) for x in (0, 2, 3, 9)],
    'average_returned': [lambda: (np.array([1.0, 2.5, -3.0]), np.array([0.5, 1.0, 2.0])), lambda: (np.array([1.0, 2.0]), np.array([1.0, -1.0])),
                         lambda: (np.array([1.0, 2.0]), np.array([1.0])), lambda: (np.zeros(0), np.zeros(0))],
    'average_returned_axis': [(lambda ax=ax: (np.array([[1, 2, 3], [4, 5, 7]], np.int32), np.array([[0.5, 1.0, 2.0], [1.0, 1.0, 0.25]], np.float32), ax)) for ax in (0, 1, -1, 2)],
    'heaviside_dtypes': [lambda: (np.array([-2, 0, 3], np.int16), np.array([1, 0, 7], np.uint16), np.array([0, -1, 5], np.int32),
                                  np.array([True, False, True]), np.array([0, -3, 4], np.int8))],
    'resize_2d': [(lambda n=n: (np.arange(6).reshape(2, 3), n)) for n in (1, 3)],
}
