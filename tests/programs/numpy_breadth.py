# differential-python: numpy
# numpy functions numba users call, each one call of numpy's own function
# (src/sema/npcalls/setops.rs): np.digitize, np.append, the set functions
# (np.isin, np.intersect1d, np.union1d, np.setdiff1d), np.delete,
# np.insert, np.partition/np.argpartition, np.kron, np.correlate,
# np.vander, the nan-reductions np.nanmedian/nanvar/nanprod/nanargmin/
# nanargmax, np.nan_to_num, np.logspace, np.geomspace, np.ediff1d,
# np.tri, np.heaviside, np.sinc, np.bincount with weights, np.average with
# weights, np.median with an axis, np.interp's left=/right=, np.diff's
# n=/axis=, np.sort's and np.argsort's axis=/kind=, np.histogram's range=,
# density=, weights=, np.float_power, np.invert/bitwise_not, np.diagflat,
# np.gradient (1-d), the percentile family's method=; compared
# with numpy itself, bit for bit (values, dtypes, shapes and errors).
import numpy as np
from pycc import CC

cc = CC('numpy_breadth_prog')


@cc.export('digitize', '(f8[:], f8[:], i8)')
def digitize(x, bins, k):
    if k == 0:
        return np.digitize(x, bins)
    if k == 1:
        return np.digitize(x, bins, right=True)
    return np.digitize(x * 2.0, bins, False)


@cc.export('digitize_number', '(f8, f8[:], b1)')
def digitize_number(x, bins, right):
    return np.digitize(x, bins, right=right) + 0


@cc.export('digitize_int', '(i8[:, :], i8[:])')
def digitize_int(x, bins):
    return np.digitize(x, bins)


@cc.export('append', '(f8[:], i8[:], i8)')
def append(a, b, k):
    if k == 0:
        return np.append(a, b)
    if k == 1:
        return np.append(b, 2.5)
    if k == 2:
        return np.append(b, 7).astype(np.float64)
    return np.append(b, b[::-1]).astype(np.float64)


@cc.export('append_axis', '(f8[:, :], f8[:, :], i8)')
def append_axis(a, b, axis):
    return np.append(a, b, axis=axis)


@cc.export('append_flat', '(f8[:, :], f8[:])')
def append_flat(a, b):
    return np.append(a, b)


@cc.export('sets', '(i8[:], i8[:], i8)')
def sets(a, b, k):
    if k == 0:
        return np.intersect1d(a, b)
    if k == 1:
        return np.union1d(a, b)
    return np.setdiff1d(a, b)


@cc.export('sets_mixed', '(i8[:], f8[:, :])')
def sets_mixed(a, b):
    return np.union1d(a, b)


@cc.export('isin', '(i8[:, :], i8[:], b1)')
def isin(a, b, invert):
    return np.isin(a, b, invert=invert)


@cc.export('isin_count', '(f8[:], f8[:])')
def isin_count(a, b):
    return np.sum(np.isin(a, b))


@cc.export('delete', '(f8[:], i8)')
def delete(a, i):
    return np.delete(a, i)


@cc.export('delete_many', '(f8[:, :], i8[:], i8)')
def delete_many(a, idx, axis):
    if axis < 0:
        return np.delete(a, idx).reshape(1, -1)
    return np.delete(a, idx, axis=axis)


@cc.export('insert', '(f8[:], i8, f8)')
def insert(a, i, v):
    return np.insert(a, i, v)


@cc.export('insert_many', '(i8[:, :], i8, f8[:], i8)')
def insert_many(a, i, v, axis):
    if axis < 0:
        return np.insert(a, i, v).reshape(1, -1)
    return np.insert(a, i, v, axis)


@cc.export('partition', '(f8[:], i8)')
def partition(a, kth):
    p = np.partition(a, kth)
    return p[kth], np.argpartition(a, kth)[kth], p[:kth].max() <= p[kth]


@cc.export('partition2d', '(i8[:, :], i8, i8)')
def partition2d(a, kth, axis):
    return np.partition(a, kth, axis=axis)


@cc.export('kron', '(f8[:, :], i8[:, :])')
def kron(a, b):
    return np.kron(a, b)


@cc.export('kron1', '(f8[:], f8[:])')
def kron1(a, b):
    return np.kron(a, b)


@cc.export('correlate', '(f8[:], f8[:], i8)')
def correlate(a, v, k):
    if k == 0:
        return np.correlate(a, v)
    if k == 1:
        return np.correlate(a, v, 'full')
    return np.correlate(a, v, mode='same')


@cc.export('vander', '(f8[:], i8, b1)')
def vander(x, n, inc):
    if n < 0:
        return np.vander(x)
    return np.vander(x, n, increasing=inc)


@cc.export('vander_int', '(i4[:], i8)')
def vander_int(x, n):
    return np.vander(x, n)


@cc.export('nanreductions', '(f8[:, :], i8)')
def nanreductions(a, k):
    if k == 0:
        return np.nanmedian(a)
    if k == 1:
        return np.nanvar(a)
    if k == 2:
        return np.nanvar(a, ddof=1) + np.nanvar(a, None, ddof=1) * 2.0
    if k == 3:
        return np.nanprod(a)
    if k == 4:
        return np.nanargmin(a) + 0.0
    return np.nanargmax(a) + 0.0


@cc.export('nanreductions_axis', '(f8[:, :], i8, i8)')
def nanreductions_axis(a, axis, k):
    if k == 0:
        return np.nanmedian(a, axis)
    if k == 1:
        return np.nanvar(a, axis=axis)
    if k == 2:
        return np.nanprod(a, axis=axis)
    if k == 3:
        return np.nanargmin(a, axis).astype(np.float64)
    return np.nanargmax(a, axis=axis).astype(np.float64)


@cc.export('nan_int', '(i8[:])')
def nan_int(a):
    return np.nanmedian(a), np.nanprod(a), np.nanargmax(a)


@cc.export('nan_to_num', '(f8[:, :], i8)')
def nan_to_num(a, k):
    if k == 0:
        return np.nan_to_num(a)
    return np.nan_to_num(a, nan=-1.0, posinf=1e300, neginf=-2.0)


@cc.export('spaces', '(f8, f8, i8, i8)')
def spaces(a, b, n, k):
    if k == 0:
        return np.logspace(a, b, n)
    if k == 1:
        return np.logspace(a, b, n, endpoint=False, base=2.0)
    if k == 2:
        return np.geomspace(a, b, n)
    return np.geomspace(a, b, num=n, endpoint=False)


@cc.export('ediff1d', '(i8[:, :])')
def ediff1d(a):
    return np.ediff1d(a)


@cc.export('tri', '(i8, i8, i8)')
def tri(n, m, k):
    if m < 0:
        return np.tri(n)
    return np.tri(n, m, k)


@cc.export('heaviside', '(f8[:], f8, i8[:])')
def heaviside(x, h0, xi):
    return np.heaviside(x, h0) + np.heaviside(xi, 0.5)


@cc.export('sinc', '(f8[:, :])')
def sinc(x):
    return np.sinc(x)


@cc.export('bincount', '(i8[:], f8[:], i8)')
def bincount(x, w, k):
    if k == 0:
        return np.bincount(x, w)
    if k == 1:
        return np.bincount(x, weights=w, minlength=8)
    return np.bincount(x, None, 3).astype(np.float64)


@cc.export('average', '(f8[:, :], f8[:, :], i8)')
def average(a, w, k):
    if k == 0:
        return np.average(a, weights=w)
    if k == 1:
        return np.average(a, None, w)
    return np.average(a[0], weights=w[0]) + np.average(a.ravel(), weights=np.ones(a.size))


@cc.export('average_axis', '(f8[:, :], f8[:], i8)')
def average_axis(a, w, axis):
    return np.average(a, axis=axis, weights=w)


@cc.export('average_int', '(i8[:], i4[:])')
def average_int(a, w):
    return np.average(a, weights=w)


@cc.export('median_axis', '(f8[:, :], i8)')
def median_axis(a, axis):
    return np.median(a, axis=axis)


@cc.export('median_kw', '(i8[:, :], i8)')
def median_kw(a, axis):
    if axis < 0:
        return np.median(a, axis=None)
    return np.median(a, axis)[0]


@cc.export('interp_ends', '(f8[:], f8[:], f8[:], i8)')
def interp_ends(x, xp, fp, k):
    if k == 0:
        return np.interp(x, xp, fp, left=-1.0, right=99.0)
    if k == 1:
        return np.interp(x, xp, fp, 0.0)
    return np.interp(x, xp, fp, right=5)


@cc.export('interp_ends_number', '(f8, f8[:], f8[:])')
def interp_ends_number(x, xp, fp):
    return np.interp(x, xp, fp, left=-1.0, right=None)


@cc.export('diff_n', '(f8[:, :], i8, i8)')
def diff_n(a, n, axis):
    if axis == 5:
        return np.diff(a, n)
    return np.diff(a, n=n, axis=axis)


@cc.export('sort_axis', '(f8[:, :], i8, i8)')
def sort_axis(a, axis, k):
    if k == 0:
        return np.sort(a, axis=axis)
    if k == 1:
        return np.sort(a, axis, kind='stable')
    return np.sort(a, axis=axis, kind='mergesort')


@cc.export('argsort_kind', '(f8[:, :], i8, i8)')
def argsort_kind(a, axis, k):
    if k == 0:
        return np.argsort(a, kind='stable')
    if k == 1:
        return np.argsort(a, axis=axis, kind='mergesort')
    return np.argsort(a, axis)


@cc.export('histogram_forms', '(f8[:], f8[:], i8)')
def histogram_forms(a, w, k):
    if k == 0:
        h = np.histogram(a, 4, (0.0, 10.0))[0]
        return h.astype(np.float64)
    if k == 1:
        h, e = np.histogram(a, bins=5, range=(-1, 4), density=True)
        return h + e[1:]
    if k == 2:
        return np.histogram(a, weights=w)[0]
    return np.histogram(a, 3, None, False, w)[1]


@cc.export('histogram_f4', '(f4[:], i8)')
def histogram_f4(a, n):
    h, e = np.histogram(a, n)
    return e


@cc.export('float_power', '(f8[:], i8[:], f8)')
def float_power(a, b, x):
    return np.float_power(a, 2) + np.float_power(b, x) + np.float_power(x, a)


@cc.export('invert', '(i8[:], b1[:])')
def invert(a, m):
    return np.invert(a) + np.bitwise_not(a) + np.invert(m)


@cc.export('diagflat', '(f8[:, :], i8)')
def diagflat(v, k):
    return np.diagflat(v, k)


@cc.export('gradient', '(f8[:], f8, i8)')
def gradient(f, dx, k):
    if k == 0:
        return np.gradient(f)
    if k == 1:
        return np.gradient(f, dx)
    return np.gradient(f, dx, edge_order=2)


@cc.export('gradient_int', '(i4[:])')
def gradient_int(f):
    return np.gradient(f)


@cc.export('quantile_method', '(f8[:, :], f8, i8)')
def quantile_method(a, q, k):
    if k == 0:
        return np.quantile(a, q, method='nearest')
    if k == 1:
        return np.percentile(a, q * 100.0, method='midpoint')
    if k == 2:
        return np.nanquantile(a, q, method='hazen')
    return np.nanpercentile(a, q * 100.0, method='lower')


@cc.export('quantile_method_int', '(i4[:, :], f8[:])')
def quantile_method_int(a, q):
    return np.quantile(a, q, axis=0, method='higher'), np.quantile(a, 0.3, method='inverted_cdf')


def V():
    return np.array([0.2, 6.4, 3.0, 1.6, -1.0, np.nan, 10.0, 4.0])


def B():
    return np.array([0.0, 1.0, 2.5, 4.0, 10.0])


def N2():
    return np.array([[1.0, np.nan, 3.0], [np.nan, 5.0, -2.0], [0.5, 2.0, np.nan]])


def W():
    return np.array([[1.0, 2.0, 0.5], [0.0, 3.0, 1.5]])


def A2():
    return np.array([[3.0, -1.0, 2.5], [np.nan, 4.0, 0.25]])


CASES = {
    'quantile_method': [(lambda q=q, k=k: (A2() * 0 + W(), q, k)) for q in (0.0, 0.3, 0.5, 1.0, 1.5) for k in range(4)]
    + [(lambda k=k: (A2(), 0.4, k)) for k in range(4)],
    'quantile_method_int': [lambda: (np.array([[4, 1, 9], [2, 3, 3]], np.int32), np.array([0.1, 0.5, 0.9]))],
    'float_power': [lambda: (np.array([1.5, -2.0, 0.0]), np.array([2, 3, 4]), 0.5), lambda: (np.array([1.5, -2.0]), np.array([2, 3, 4]), 2.0)],
    'invert': [lambda: (np.array([0, -1, 5]), np.array([True, False, True]))],
    'diagflat': [(lambda k=k: (np.array([[1.0, 2.0], [3.0, 4.0]]), k)) for k in (-1, 0, 2)],
    'gradient': [(lambda k=k: (np.array([1.0, 2.0, 4.0, 7.0, 11.0]), 0.5, k)) for k in range(3)]
    + [lambda: (np.array([1.0]), 1.0, 0), lambda: (np.array([1.0, 2.0]), 1.0, 2)],
    'gradient_int': [lambda: (np.array([1, 4, 9, 16], np.int32),)],
    'argsort_kind': [(lambda ax=ax, k=k: (np.array([[3.0, 1.0, 3.0, 2.0], [1.0, 1.0, np.nan, 0.0], [2.0, 1.0, 0.0, 0.0]]), ax, k)) for ax in (0, 1, -1, 2) for k in range(3)],
    'histogram_forms': [(lambda k=k: (np.array([0.5, 2.0, 3.5, 3.5, 9.0, 12.0, -1.0]), np.array([1.0, 0.5, 2.0, 1.0, 1.0, 3.0, 0.25]), k)) for k in range(4)]
    + [lambda: (np.array([1.0]), np.array([1.0, 2.0]), 2)],
    'histogram_f4': [lambda: (np.array([0.5, 2.0, 3.25], np.float32), 3)],
    'average': [(lambda k=k: (A2()[::-1] * 0 + W(), W(), k)) for k in range(3)]
    + [lambda: (W(), np.zeros((2, 3)), 0), lambda: (W(), np.ones((3, 2)), 0)],
    'average_axis': [lambda: (W(), np.array([1.0, 2.0]), 0), lambda: (W(), np.array([1.0, 2.0, 3.0]), 1),
                     lambda: (W(), np.array([1.0, 2.0, 3.0]), -1), lambda: (W(), np.array([1.0, 2.0]), 1),
                     lambda: (W(), np.array([1.0, 2.0]), 2)],
    'average_int': [lambda: (np.array([1, 2, 7]), np.array([3, 1, 1], np.int32))],
    'median_axis': [(lambda ax=ax: (A2(), ax)) for ax in (0, 1, -1, 2)] + [lambda: (W(), 0), lambda: (np.zeros((0, 3)), 1)],
    'median_kw': [(lambda ax=ax: (np.array([[4, 1, 9, 2], [3, 3, 8, 1]]), ax)) for ax in (-1, 0, 1)],
    'interp_ends': [(lambda k=k: (np.array([-5.0, 0.0, 0.5, 2.0, 10.0, np.nan]), np.array([0.0, 1.0, 2.0]), np.array([1.0, 3.0, 2.0]), k)) for k in range(3)],
    'interp_ends_number': [(lambda x=x: (x, np.array([0.0, 1.0, 2.0]), np.array([1.0, 3.0, 2.0]))) for x in (-1.0, 1.5, 3.0)],
    'diff_n': [(lambda n=n, ax=ax: (A2(), n, ax)) for n in (0, 1, 2, 3) for ax in (0, 1, -1, 5)] + [lambda: (A2(), -1, 1), lambda: (A2(), 1, 2)],
    'sort_axis': [(lambda ax=ax, k=k: (np.array([[3.0, np.nan, -1.0, 2.0], [0.5, 0.5, -0.0, 0.0]]), ax, k)) for ax in (0, 1, -1, -2, 2) for k in range(3)],
    'digitize': [(lambda k=k: (V(), B(), k)) for k in range(3)]
    + [lambda: (V(), B()[::-1].copy(), 0), lambda: (V(), np.array([1.0, 0.0, 2.0]), 0), lambda: (np.zeros(0), B(), 1)],
    'digitize_number': [(lambda x=x, r=r: (x, B(), r)) for x in (-1.0, 0.0, 2.5, 10.0, 11.0, float('nan')) for r in (False, True)],
    'digitize_int': [lambda: (np.array([[1, 5, 9], [-3, 4, 100]]), np.array([0, 4, 9]))],
    'append': [(lambda k=k: (V(), np.array([3, -1, 2]), k)) for k in range(4)],
    'append_axis': [(lambda ax=ax: (np.ones((2, 3)), np.zeros((2, 3)), ax)) for ax in (0, 1, -1, 2)]
    + [lambda: (np.ones((2, 3)), np.zeros((3, 3)), 1)],
    'append_flat': [lambda: (np.arange(6.0).reshape(2, 3), V())],
    'sets': [(lambda k=k: (np.array([5, 1, 3, 3, 9, 1]), np.array([3, 4, 5, 5]), k)) for k in range(3)]
    + [(lambda k=k: (np.zeros(0, np.int64), np.array([2, 1]), k)) for k in range(3)],
    'sets_mixed': [lambda: (np.array([3, 1, 2]), np.array([[2.5, 1.0], [np.nan, 3.0]]))],
    'isin': [(lambda inv=inv: (np.array([[1, 2, 3], [4, 5, 6]]), np.array([2, 6, 9]), inv)) for inv in (False, True)],
    'isin_count': [lambda: (V(), np.array([np.nan, 3.0, 4.0]))],
    'delete': [(lambda i=i: (V(), i)) for i in (0, 3, -1, 8, -9)],
    'delete_many': [(lambda ax=ax: (np.arange(12.0).reshape(3, 4), np.array([0, 2]), ax)) for ax in (-1, 0, 1, 2)]
    + [lambda: (np.arange(12.0).reshape(3, 4), np.array([5]), 0)],
    'insert': [(lambda i=i: (V(), i, 7.5)) for i in (0, 3, 8, -1, 9, -10)],
    'insert_many': [(lambda ax=ax: (np.arange(6).reshape(2, 3), 1, np.array([9.7, 8.2]), ax)) for ax in (-1, 0, 1)]
    + [lambda: (np.arange(6).reshape(2, 3), 1, np.array([9.7, 8.2]), 3)],
    'partition': [(lambda k=k: (np.array([3.0, -1.0, 8.0, 2.0, 2.0, 7.5, 0.0]), k)) for k in (1, 3, 6, 7, -1)],
    'partition2d': [(lambda ax=ax: (np.array([[5, 1, 4], [2, 9, 0], [7, 3, 3]]), 1, ax)) for ax in (0, 1, -1, 2)],
    'kron': [lambda: (np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[0, 1, 2], [5, 6, 7]]))],
    'kron1': [lambda: (np.array([1.0, -2.0]), np.array([0.5, 3.0, 4.0]))],
    'correlate': [(lambda k=k: (np.array([1.0, 2.0, 3.0, 0.5]), np.array([0.0, 1.0, 0.5]), k)) for k in range(3)]
    + [lambda: (np.zeros(0), np.array([1.0]), 0)],
    'vander': [(lambda n=n, inc=inc: (np.array([1.0, 2.0, 3.0, 5.0]), n, inc)) for n in (-1, 0, 3, 6) for inc in (False, True)],
    'vander_int': [lambda: (np.array([1, 2, -3], np.int32), 4)],
    'nanreductions': [(lambda k=k: (N2(), k)) for k in range(6)]
    + [(lambda k=k: (np.full((2, 2), np.nan), k)) for k in range(6)],
    'nanreductions_axis': [(lambda k=k, ax=ax: (N2(), ax, k)) for k in range(5) for ax in (0, 1, -1, 2)],
    'nan_int': [lambda: (np.array([4, -2, 7, 1]),)],
    'nan_to_num': [(lambda k=k: (np.array([[np.nan, np.inf, -np.inf], [1.0, -0.0, 2.0]]), k)) for k in range(2)],
    'spaces': [(lambda k=k, n=n: (1.0, 3.0, n, k)) for k in range(4) for n in (0, 1, 5, -1)]
    + [lambda: (0.0, 3.0, 4, 2), lambda: (-1.0, -1000.0, 4, 2)],
    'ediff1d': [lambda: (np.array([[1, 4, 9], [16, 25, 36]]),), lambda: (np.zeros((0, 2), np.int64),)],
    'tri': [(lambda n=n, m=m, k=k: (n, m, k)) for n in (0, 3) for m in (-1, 4) for k in (-1, 0, 2)],
    'heaviside': [lambda: (np.array([-1.5, 0.0, 2.0, np.nan]), 0.5, np.array([-3, 0, 4]))],
    'sinc': [lambda: (np.array([[0.0, 0.5, 1.0], [-2.5, 1e-30, np.inf]]),)],
    'bincount': [(lambda k=k: (np.array([0, 3, 1, 3, 5]), np.array([0.5, 1.0, 2.0, 0.25, 3.0]), k)) for k in range(3)]
    + [lambda: (np.array([0, 1]), np.array([1.0]), 0), lambda: (np.array([0, -1]), np.array([1.0, 2.0]), 1)],
}
