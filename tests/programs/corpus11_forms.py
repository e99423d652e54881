# differential-python: numpy
# Forms real numba.pycc modules use (issue 16, corpus11): `10 ** (-8)` of
# int literals (CPython's compiler folds it to the float 1e-08; a typed
# int ** int would be numba's int 0 and a convergence test never passes),
# a numpy call's result (np.column_stack, np.vstack, np.dot) returned
# where the signature declares a C-contiguous array (`f8[:, ::1]`, also
# inside a tuple result), and min()/max() of tuple displays (compared
# lexicographically, the first of equal ones kept; also of tuple variables:
# `best = min(best, (a[i], i))`), and `del L[i]` of a
# list (numba's list delitem: CPython removes the item, IndexError past
# the end), and a value with leading axes of extent 1 assigned to a
# slice of fewer axes (`v[k, :] = w[k, :].reshape((1, n)) @ x`: numpy's
# setitem drops them; ValueError where they are not 1), and names
# numbered by unpacking a range of constant bounds (`L, R, U = range(3)`).
import numpy as np
from pycc import CC

cc = CC('corpus11_forms')


@cc.export('converged', 'f8(f8[:])')
def converged(x):
    v = 1.0
    for k in range(200):
        nv = 0.5 * (v + x[0] / v)
        if abs(nv - v) < 10 ** (-8):
            return nv
        v = nv
    return -1.0


@cc.export('literal_powers', '(i8,)')
def literal_powers(n):
    a = 2 ** -1
    b = 10 ** -3 * n
    c = (-2) ** -3
    d = 2 ** 10
    e = 1 ** -5
    return a, b, c, d, e


@cc.export('bordered', 'f8[:, ::1](f8[::1], i8, f8)')
def bordered(coordinates, per_row, width):
    x = np.reshape(coordinates, (-1, per_row))
    rows = x.shape[0]
    return np.column_stack((np.zeros(rows), x, np.full(rows, width)))


@cc.export('capped', 'f8[:, ::1](f8[::1], i8, f8)')
def capped(coordinates, per_row, height):
    y = np.reshape(coordinates, (-1, per_row))
    return np.vstack((np.full((1, per_row), height), y, np.zeros((1, per_row))))


@cc.export('products', 'Tuple((f8[:, ::1], f8[:, ::1]))(f8[:, :], f8[:, :])')
def products(a, b):
    return np.dot(a, b), np.dot(b.T, a.T)


@cc.export('canonical', '(i8, i8, i8, i8)')
def canonical(a, b, c, d):
    return min((
        (a, b, c, d),
        (a, c, b, d),
        (b, a, d, c),
        (d, c, b, a)
    ))


@cc.export('largest_pair', '(i8, i8, f8)')
def largest_pair(a, b, x):
    best = max((a, x), (b, x), (a + b, x - 1.0))
    return best


@cc.export('smallest_of_two', '(f8, f8)')
def smallest_of_two(p, q):
    return min((p, 1), (q, 2))


@cc.export('dropped', '(i8,)')
def dropped(k):
    items = [1, 2, 3, 4, 5]
    del items[k]
    del items[0], items[-1]
    return len(items), items[0]


@cc.export('dropped_part', 'f8(f8[:], i8)')
def dropped_part(x, k):
    parts = [x, x * 2.0, x * 3.0]
    del parts[k]
    total = 0.0
    for p in parts:
        total += p.sum()
    return total


@cc.export('weighted_rows', 'f8[:, :](f8[:, :], f8[:, :])')
def weighted_rows(w, x):
    out = np.zeros((w.shape[0], x.shape[1]))
    for k in range(w.shape[0]):
        out[k, :] = w[k, :].reshape((1, w.shape[1])) @ x / w[k, :].sum()
    return out


@cc.export('flattened_into', 'f8[:](f8[:, :, :])')
def flattened_into(m):
    out = np.zeros(m.shape[2])
    out[:] = m
    return out


@cc.export('argmin_pair', '(f8[:],)')
def argmin_pair(a):
    best = (np.inf, -1)
    for i in range(a.shape[0]):
        best = min(best, (a[i], i))
    return best


@cc.export('last_argmax_pair', '(f8[:],)')
def last_argmax_pair(a):
    best = (-np.inf, -1)
    for i in range(a.shape[0]):
        cand = (a[i], i)
        best = max(cand, best)
    return best


WIDTH = 3


@cc.export('numbered', '(i8[:],)')
def numbered(a):
    L, R, U, D, LINKED, VALUE = range(6)
    first, second = range(WIDTH - 1)
    hi, mid, lo = range(10, 1, -4)
    return a[L] + a[VALUE] * 10, a[LINKED] - a[U], second - first, hi + mid * lo


CASES = {
    'converged': [(np.array([2.0]),), (np.array([9.0]),), (np.array([1e6]),)],
    'literal_powers': [(3,), (0,)],
    'bordered': [(np.arange(6.0), 3, 5.0), (np.arange(4.0), 1, -1.0), (np.arange(0.0), 2, 1.0)],
    'capped': [(np.arange(6.0), 3, 2.0), (np.arange(2.0), 2, 0.5)],
    'products': [(np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(3, 2)),
                 (np.ones((1, 1)), np.full((1, 1), 2.0))],
    'canonical': [(1, 2, 3, 4), (4, 3, 2, 1), (2, 2, 1, 1), (0, 0, 0, 0)],
    'largest_pair': [(1, 2, 0.5), (3, -3, 2.0), (0, 0, 1.0)],
    'dropped': [(1,), (-2,), (0,), (9,), (-6,)],
    'dropped_part': [(np.arange(3.0), 1), (np.arange(3.0), -1), (np.arange(2.0), 3)],
    'weighted_rows': [(np.arange(1.0, 7.0).reshape(2, 3), np.arange(6.0).reshape(3, 2))],
    'flattened_into': [(np.arange(3.0).reshape(1, 1, 3),), (np.arange(6.0).reshape(2, 1, 3),),
                       (np.arange(3.0).reshape(3, 1, 1),)],
    'argmin_pair': [(np.array([3.0, 1.0, 2.0, 1.0]),), (np.array([]),), (np.array([np.nan, 2.0]),)],
    'last_argmax_pair': [(np.array([3.0, 1.0, 3.0]),), (np.array([]),), (np.array([2.0, np.nan]),)],
    'numbered': [(np.arange(6),), (np.array([5, 4, 3, 2, 1, 0]),)],
    'smallest_of_two': [(1.0, 2.0), (2.0, 1.0), (1.0, 1.0), (float('nan'), 1.0), (1.0, float('nan'))],
}
