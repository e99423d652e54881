# Small array methods and numpy functions: x[i].item(), a.item(), a.sort()
# in place, np.trace, np.median, np.unique, next to the existing np.argmax,
# np.cumsum / a.cumsum() and np.all / np.any of comparisons; numpy is the
# oracle, bit for bit (nan last, numpy's summation, dtypes, errors).
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('numpy_methods')


@cc.export('elem_item', 'f8(f8[:], i8)')
def elem_item(x, i):
    return x[i].item()


@cc.export('elem_item2', 'i8(i4[:, :])')
def elem_item2(m):
    return m[1, 0].item() + 1


@cc.export('sum_item', 'f8(f8[:])')
def sum_item(x):
    return np.sum(x).item()


@cc.export('array_item', 'f8(f8[:])')
def array_item(x):
    return x.item()


@cc.export('array_item2', 'i8(i8[:, :])')
def array_item2(m):
    return m.item()


@cc.export('view_item', 'f8(f8[:], i8)')
def view_item(x, i):
    return x[i:i + 1].item()


@cc.export('sort_inplace', 'f8[:](f8[:])')
def sort_inplace(x):
    x.sort()
    return x


@cc.export('sort_rows', 'i4[:, :](i4[:, :])')
def sort_rows(m):
    m.sort()
    return m


@cc.export('sort_view', 'f8[:](f8[:])')
def sort_view(x):
    x[1:].sort()
    return x


@cc.export('sort_copy', 'f8(f8[:])')
def sort_copy(x):
    y = x.copy()
    y.sort()
    return y[0] - x[0]


@cc.export('argmax', 'i8(f8[:])')
def argmax(x):
    return np.argmax(x)


@cc.export('argmin', 'i8(f8[:])')
def argmin(x):
    return np.argmin(x)


@cc.export('trace', 'f8(f8[:, :])')
def trace(m):
    return np.trace(m)


@cc.export('trace_int', 'i8(i4[:, :])')
def trace_int(m):
    return np.trace(m)


@cc.export('trace_expr', 'f8(f8[:, :])')
def trace_expr(m):
    return np.trace(m * 2.0)


@cc.export('median', 'f8(f8[:])')
def median(x):
    return np.median(x)


@cc.export('median_int', 'f8(i8[:])')
def median_int(x):
    return np.median(x)


@cc.export('median2', 'f8(f8[:, :])')
def median2(m):
    return np.median(m)


@cc.export('median_f4', 'f4(f4[:])')
def median_f4(x):
    return np.median(x)


@cc.export('unique', 'f8[:](f8[:])')
def unique(x):
    return np.unique(x)


@cc.export('unique_int2', 'i4[:](i4[:, :])')
def unique_int2(m):
    return np.unique(m)


@cc.export('count_unique', 'i8(i8[:])')
def count_unique(x):
    u = np.unique(x)
    return len(u)


@cc.export('cumsum', 'f8[:](f8[:])')
def cumsum(x):
    return np.cumsum(x)


@cc.export('cumsum_method', 'i8[:](i4[:])')
def cumsum_method(x):
    return x.cumsum()


@cc.export('all_pos', 'b1(f8[:])')
def all_pos(x):
    return np.all(x > 0)


@cc.export('any_neg', 'b1(f8[:, :])')
def any_neg(m):
    return np.any(m < 0)


NAN = float('nan')
V = np.array([3.0, NAN, -1.0, 2.5, -0.0, 0.0, np.inf, NAN, -np.inf])
M = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.5]])

CASES = {
    'elem_item': [(V, 0), (V, 1), (V, -1), (V, 20)],
    'elem_item2': [(np.array([[1, 2], [3, 4]], dtype=np.int32),)],
    'sum_item': [(np.array([0.1] * 10),), (np.zeros(0),)],
    'array_item': [(np.array([2.5]),), (np.zeros(0),), (np.ones(2),)],
    'array_item2': [(np.array([[7]]),), (np.ones((1, 2), dtype=np.int64),)],
    'view_item': [(V, 3), (V, 20)],
    # Fresh arguments for each side: these sort them in place.
    'sort_inplace': [lambda: (V.copy(),), lambda: (np.zeros(0),), lambda: (np.array([2.0, 1.0]),)],
    'sort_rows': [lambda: (np.array([[3, 1, 2], [0, -5, 9]], dtype=np.int32),)],
    'sort_view': [lambda: (V.copy(),), lambda: (V.copy()[::-1],)],
    'sort_copy': [(np.array([3.0, 1.0, 2.0]),)],
    'argmax': [(V,), (np.array([1.0, 5.0, 5.0]),), (np.zeros(0),)],
    'argmin': [(np.array([1.0, -5.0, -5.0]),), (V,)],
    'trace': [(M,), (M[:2],), (M[:, :0],), (np.array([[0.1] * 20] * 20),)],
    'trace_int': [(np.array([[2**31 - 1, 0], [0, 2**31 - 1]], dtype=np.int32),)],
    'trace_expr': [(M,)],
    'median': [(np.array([3.0, 1.0, 2.0]),), (np.array([4.0, 1.0, 2.0, 3.0]),), (V,), (np.array([0.1, 0.7]),)],
    'median_int': [(np.array([1, 2, 3, 4]),), (np.array([2**62, 2**62 + 1]),)],
    'median2': [(M,)],
    'median_f4': [(np.array([1.5, 0.25, 9.0, 3.0], dtype=np.float32),)],
    'unique': [(V,), (np.array([2.0, 1.0, 2.0, -0.0, 0.0]),), (np.zeros(0),)],
    'unique_int2': [(np.array([[3, 1], [1, 3]], dtype=np.int32),)],
    'count_unique': [(np.array([5, 5, 1, 2, 1]),)],
    'cumsum': [(V,), (np.array([0.1] * 5),)],
    'cumsum_method': [(np.array([2**31 - 1, 1, 2], dtype=np.int32),)],
    'all_pos': [(V,), (np.array([1.0, 2.0]),), (np.zeros(0),)],
    'any_neg': [(M,), (-M,)],
}
