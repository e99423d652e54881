# differential-python: numpy
# numpy breadth, part 6 (issue 17): np.angle (complex and real arrays,
# numbers, deg=), np.lexsort of a tuple of keys or a 2-d array, np.polyfit,
# np.tensordot (axes an int or a pair), np.select (array or number choices,
# numpy's result_type with the default weak), np.linalg.multi_dot of a list
# display, np.unravel_index(k, shape) (unpacked, and as an index), indexing
# with the tuple a numpy call makes (`m[np.triu_indices(n)]`,
# `m[np.nonzero(mask)]`, `m[np.where(m > 0)] = 0`), and np.diag's read-only
# view of a 2-d array and np.diagonal's (numpy's ValueError at a store into it); np.split with
# a number of sections or split points known only at run time (a list of
# numpy's pieces: looped over, indexed, measured, stored through), and a
# method of a tuple variable's array item (`t[1].max()`): numpy's
# values, dtypes and errors, compared bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth6_prog')


@cc.export('angle', '(c16[:], c8[:, :], f8[:], i4[:], f4[:])')
def angle(z, w, x, k, f):
    return (np.angle(z), np.angle(z, True), np.angle(w), np.angle(x), np.angle(k), np.angle(f, deg=True),
            np.angle(1j), np.angle(-2.0), np.angle(z[0]))


@cc.export('lexsort', '(f8[:], i8[:], f8[:, :])')
def lexsort(a, b, keys):
    return np.lexsort((a, b)), np.lexsort([b, a]), np.lexsort(keys), np.lexsort((b,))


@cc.export('polyfit', '(f8[:], f8[:], i8)')
def polyfit(x, y, deg):
    p = np.polyfit(x, y, deg)
    return p, np.polyfit(x, np.stack((y, 2.0 * y), axis=1), 1)


@cc.export('tensordot', '(f8[:, :], f4[:, :], f8[:], i4[:])')
def tensordot(m, n, v, k):
    return (np.tensordot(m, n, 1), np.tensordot(m, m), np.tensordot(v, v, 1), np.tensordot(m, v, (1, 0)),
            np.tensordot(v, k, 0), np.tensordot(k, k, axes=1))


@cc.export('select', '(f8[:], i4[:], f4[:, :])')
def select(x, k, f):
    return (np.select([x > 0.5, x < 0.2], [x, -x], -1.0), np.select([k > 1], [k]), np.select([k > 1], [k], 0.5),
            np.select([x > 0.5, x < 0.2], [1, 2]), np.select([x > 0.5], [1.5], 0), np.select([f > 0], [f]),
            np.select((x > 0.0, x > 1.0), (k, x)))


@cc.export('select_bad', '(f8[:], f8[:])')
def select_bad(x, y):
    return np.select([x > 0.0, y > 0.0], [x])


@cc.export('multi_dot', '(f8[:, :], f8[:, :], f8[:], f4[:, :])')
def multi_dot(a, b, v, f):
    return (np.linalg.multi_dot([a, b, a]), np.linalg.multi_dot((v, a, v)), np.linalg.multi_dot([a, v]),
            np.linalg.multi_dot([f, f]), np.linalg.multi_dot([v, b]))


@cc.export('unravel', '(i8, f8[:, :])')
def unravel(k, m):
    i, j = np.unravel_index(k, m.shape)
    r, s, t = np.unravel_index(k, (2, 3, 4))
    rows, cols = np.unravel_index(np.arange(k + 1), m.shape)
    p, q = np.unravel_index(np.array([[0, 1], [2, 3]]), (2, 2))
    return i, j, r, s, t, m[np.unravel_index(k, m.shape)], rows, cols, p, q, m[rows, cols]


@cc.export('index_tuples', '(f8[:, :], i8)')
def index_tuples(m, k):
    n = m.shape[0]
    up = m[np.triu_indices(n)]
    low = m[np.tril_indices(n, -1)]
    m[np.diag_indices(n)] = -1.0
    return up, low, m[np.triu_indices(n, k)], m[np.triu_indices_from(m, 1)], m[np.diag_indices_from(m)], m


@cc.export('nonzero_index', '(f8[:, :], f8[:])')
def nonzero_index(m, v):
    big = m[np.nonzero(m > 0.5)]
    pos = v[np.where(v > 0.0)]
    m[np.where(m > 0.5)] = 0.0
    v[np.nonzero(v < 0.0)] = 1.0
    return big, pos, m, v


@cc.export('diag_read_only', '(f8[:, :], i8)')
def diag_read_only(m, k):
    d = np.diag(m)
    s = d.sum()
    if k > 0:
        d[0] = 1.0
    return s, d


@cc.export('diag_view_store', '(f8[:, :],)')
def diag_view_store(m):
    d = np.diag(m)
    e = d[1:]
    e[:] = 2.0
    return d


@cc.export('diag_inplace', '(f8[:, :], i8)')
def diag_inplace(m, k):
    d = np.diag(m)
    e = d if k > 5 else m[0]
    e += 1.5
    e *= m[1]
    return e, m


@cc.export('diag_vector', '(f8[:],)')
def diag_vector(v):
    d = np.diag(v)
    d[0, 0] = 5.0
    d[1:, 0] = 3.0
    return d


@cc.export('split_var', '(f8[:], i8)')
def split_var(x, k):
    parts = np.split(x, k)
    s = 0.0
    for p in parts:
        s = s * 2.0 + p.sum()
    parts[0][0] = -1.0
    t = 0.0
    for q in np.array_split(x, k + 1):
        t = t * 3.0 + q.size
    return s, len(parts), parts[1].max(), parts[-1], x, t


@cc.export('split_points_var', '(f8[:, :], i8[:])')
def split_points_var(m, idx):
    parts = np.array_split(m, idx, axis=1)
    return len(parts), parts[0], parts[len(parts) - 1]


@cc.export('tuple_item_method', '(f8[:], f8[:, :])')
def tuple_item_method(a, m):
    t = (a, m)
    return t[1].max(), t[0].sum(), t[1].shape[0], t[1].T, t[0].argmin()


@cc.export('diagonal', '(f8[:, :], i4[:, :, :], i8)')
def diagonal(m, t, k):
    d = np.diagonal(m)
    e = np.diagonal(m, 1)
    g = np.diagonal(t, 0, 1, 2)
    if k > 0:
        d[0] = 5.0
    return d, e, g, np.diagonal(m, k).sum()


CASES = {
    'angle': [lambda: (np.array([1 + 1j, -1 + 0j, -1 - 0j, 0j, complex(np.nan, 1), -2j]),
                       np.array([[1 + 2j, -3j], [0j, -1 + 0j]], np.complex64), np.array([-1.0, 0.0, -0.0, 2.5, np.nan]),
                       np.array([-3, 0, 4], np.int32), np.array([-1.5, 2.0], np.float32))],
    'lexsort': [lambda: (np.array([1.0, 0.5, 1.0, 0.5, np.nan]), np.array([3, 3, 1, 2, 1]),
                         np.array([[3.0, 1.0, 2.0], [1.0, 1.0, 0.0]])),
                lambda: (np.zeros(0), np.zeros(0, np.int64), np.zeros((2, 0))),
                {'args': (np.ones(3), np.ones(2, np.int64), np.ones((2, 2))), 'kwargs': {}}],
    'polyfit': [lambda: (np.linspace(0.0, 2.0, 7), np.linspace(0.0, 2.0, 7) ** 2 - 1.0, 2),
                lambda: (np.arange(4.0), np.array([1.0, -1.0, 2.0, 0.5]), 1),
                {'args': (np.arange(4.0), np.arange(3.0), 1), 'kwargs': {}},
                {'args': (np.arange(4.0), np.arange(4.0), -1), 'kwargs': {}}],
    'tensordot': [lambda: (np.arange(6.0).reshape(2, 3) / 7.0, np.arange(12.0, dtype=np.float32).reshape(3, 4),
                           np.array([1.5, -2.0, 0.25]), np.array([1, 2, 3], np.int32)),
                  {'args': (np.ones((2, 2)), np.ones((3, 2), np.float32), np.ones(2), np.ones(2, np.int32)), 'kwargs': {}}],
    'select': [lambda: (np.array([0.1, 0.6, 0.3, -1.0]), np.array([0, 2, 5, 1], np.int32),
                        np.array([[1.0, -2.0], [0.0, 3.5]], np.float32)),
               lambda: (np.zeros(0), np.zeros(0, np.int32), np.zeros((0, 2), np.float32)),
               lambda: (np.ones(3), np.ones(2, np.int32), np.ones((1, 1), np.float32))],
    'select_bad': [{'args': (np.ones(2), np.ones(2)), 'kwargs': {}}],
    'multi_dot': [lambda: (np.arange(4.0).reshape(2, 2), np.array([[0.5, -1.0], [2.0, 0.25]]), np.array([1.0, 3.0]),
                           np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)),
                  {'args': (np.ones((2, 3)), np.ones((2, 2)), np.ones(2), np.ones((2, 2), np.float32)), 'kwargs': {}}],
    'unravel': [lambda: (5, np.zeros((2, 3))), lambda: (23, np.arange(24.0).reshape(4, 6)),
                {'args': (24, np.zeros((4, 6))), 'kwargs': {}}, {'args': (-1, np.zeros((2, 3))), 'kwargs': {}}],
    'index_tuples': [lambda: (np.arange(16.0).reshape(4, 4), 1), lambda: (np.arange(9.0).reshape(3, 3) / 3.0, -1),
                     lambda: (np.zeros((0, 0)), 0), lambda: (np.arange(6.0).reshape(2, 3), 0)],
    'nonzero_index': [lambda: (np.array([[0.2, 0.7], [0.9, -0.1]]), np.array([-1.0, 2.0, 0.0, 3.0])),
                      lambda: (np.zeros((0, 3)), np.zeros(0))],
    'diag_read_only': [lambda: (np.arange(9.0).reshape(3, 3), 0), {'args': (np.arange(9.0).reshape(3, 3), 1), 'kwargs': {}},
                       {'args': (np.ones((2, 3)), 1), 'kwargs': {}}],
    'diag_view_store': [{'args': (np.arange(9.0).reshape(3, 3),), 'kwargs': {}}],
    'split_var': [lambda: (np.arange(6.0), 3), lambda: (np.arange(6.0) / 7.0, 2),
                  {'args': (np.arange(6.0), 4), 'kwargs': {}}, {'args': (np.arange(6.0), 0), 'kwargs': {}},
                  {'args': (np.arange(6.0), -2), 'kwargs': {}}, {'args': (np.arange(6.0), 1), 'kwargs': {}}],
    'split_points_var': [lambda: (np.arange(12.0).reshape(2, 6), np.array([1, 4])),
                         lambda: (np.arange(12.0).reshape(2, 6), np.zeros(0, np.int64)),
                         lambda: (np.arange(12.0).reshape(2, 6), np.array([5, 2, 9]))],
    'tuple_item_method': [lambda: (np.array([3.0, -1.0, 2.0]), np.arange(6.0).reshape(2, 3))],
    'diagonal': [lambda: (np.arange(12.0).reshape(3, 4), np.arange(24, dtype=np.int32).reshape(2, 3, 4), 0),
                 lambda: (np.arange(12.0).reshape(3, 4), np.arange(24, dtype=np.int32).reshape(2, 3, 4), -1),
                 {'args': (np.arange(4.0).reshape(2, 2), np.zeros((1, 2, 2), np.int32), 1), 'kwargs': {}}],
    'diag_inplace': [lambda: (np.arange(9.0).reshape(3, 3), 0), {'args': (np.arange(9.0).reshape(3, 3), 7), 'kwargs': {}}],
    'diag_vector': [lambda: (np.array([1.0, 2.0, 3.0]),)],
}
