# differential-python: numpy
# numpy breadth, part 11 (issues 16 and 18): in-place statements numba code
# runs for their effect (`np.add.at(a, idx, b)` and subtract/multiply/
# maximum/minimum's, repeated indices applied once each; `np.copyto(dst,
# src)`), `np.polyder` / `np.polyint`, `np.pad` (int / pair / tuple of pairs
# widths; constant, edge, wrap, reflect modes), each numpy's own call;
# `np.concatenate(parts)` / vstack / hstack / stack of a list variable of
# arrays (numpy gets a list of the items); `np.repeat(a, counts)` with an
# int array or a display of counts, `np.roll(m, (1, 2), axis=(0, 1))`;
# `np.meshgrid(x, y, indexing='ij')` and of 1 to 4 arrays;
# `np.searchsorted(a, v, sorter=idx)`.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth11_prog')


@cc.export('add_at', '(f8[:], i8[:], f8)')
def add_at(a, idx, x):
    np.add.at(a, idx, x)
    np.subtract.at(a, idx[:2], a[:2])
    np.multiply.at(a[1:], 0, 3.0)
    return a


@cc.export('at_ints', '(i8[:], i8[:], b1[:])')
def at_ints(a, idx, mask):
    np.maximum.at(a, idx, 2)
    np.minimum.at(a, mask, -1)
    np.add.at(a, idx, 1.5)
    return a


@cc.export('at_2d', '(f8[:, :], i8[:], i8[:])')
def at_2d(m, rows, cols):
    np.add.at(m, (rows, cols), 1.0)
    np.add.at(m, rows, np.ones(m.shape[1]))
    np.subtract.at(m, (0, cols), 0.5)
    return m


@cc.export('histogram_at', '(f8[:], i8)')
def histogram_at(x, nbins):
    counts = np.zeros(nbins)
    bins = (x * nbins).astype(np.int64)
    np.add.at(counts, bins, 1.0)
    return counts


@cc.export('copy_into', '(f8[:, :], f8[:], f8)')
def copy_into(m, row, x):
    np.copyto(m, row)
    np.copyto(m[0], x)
    out = np.zeros(row.shape[0], np.int32)
    np.copyto(out, row.astype(np.int32))
    return m, out


@cc.export('copy_cast', '(i8[:], f8[:])')
def copy_cast(a, b):
    np.copyto(a, b)
    return a


@cc.export('polys', '(f8[:], i8[:], i8)')
def polys(p, q, m):
    return np.polyder(p), np.polyder(p, 2), np.polyder(q), np.polyint(p), np.polyint(q, 2, 1.0), np.polyder(p, m)


@cc.export('poly_lists', '(f8,)')
def poly_lists(c):
    return np.polyder([3.0, c, 1.0]), np.polyint([1, 2, 3]), np.polyint(p=[c, 0.0], m=0)


@cc.export('pads', '(f8[:], i8)')
def pads(a, n):
    return np.pad(a, 2), np.pad(a, (1, n), mode='edge'), np.pad(a, n, 'wrap'), np.pad(a, 1, constant_values=-1.5)


@cc.export('pads_2d', '(i8[:, :],)')
def pads_2d(m):
    return np.pad(m, ((1, 1), (0, 2)), mode='reflect'), np.pad(m, 1, 'constant', constant_values=7), np.pad(m, (2, 1))


@cc.export('join_list', '(f8[:], i8)')
def join_list(a, n):
    parts = []
    for k in range(n):
        parts.append(a[k:] * k)
    return np.concatenate(parts), np.hstack(parts), len(parts)


@cc.export('stack_list', '(f8[:], i8)')
def stack_list(a, n):
    rows = []
    for k in range(n):
        rows.append(a + k)
    m = np.vstack(rows)
    s = np.stack(rows, axis=1)
    rows[0][0] = -1.0
    return m, s, np.stack(rows), a


@cc.export('join_2d', '(i4[:, :], i8)')
def join_2d(m, n):
    blocks = [m]
    for k in range(n):
        blocks.append(m * k)
    return np.concatenate(blocks, axis=1), np.concatenate(blocks), np.vstack(blocks)


@cc.export('repeat_counts', '(f8[:], i8[:], i4[:, :], i8)')
def repeat_counts(a, counts, m, k):
    return np.repeat(a, counts), a.repeat(counts), np.repeat(m, counts[:2], axis=0), np.repeat(m, [1, k, 0], 1), np.repeat(m, counts[:1])


@cc.export('roll_tuple', '(f8[:, :], i8)')
def roll_tuple(m, k):
    return np.roll(m, (1, k), axis=(0, 1)), np.roll(m, (k, -1), (1, 1)), np.roll(m, [2, k]), np.roll(m, k, None), np.roll(m, (1, 2), axis=(1, 0))


@cc.export('meshgrids', '(f8[:], i8[:], f4[:])')
def meshgrids(x, k, z):
    X, Y = np.meshgrid(x, k, indexing='ij')
    P, Q, R = np.meshgrid(x, k, z)
    I, J, K = np.meshgrid(x, k, z, indexing='ij')
    (G,) = np.meshgrid(z)
    return X, Y, P, Q, R, I, J, K, G, np.meshgrid(k, x, indexing='xy')[1]


@cc.export('sorted_search', '(f8[:], f8[:], f8)')
def sorted_search(a, v, x):
    idx = np.argsort(a)
    return np.searchsorted(a, v, sorter=idx), np.searchsorted(a, x, 'right', idx), np.searchsorted(a, v, side='left', sorter=idx[::-1])


A = np.array([0.5, 1.5, 2.5, 3.5, 4.5])
M = np.arange(12.0).reshape(3, 4)
CASES = {
    'add_at': [lambda: (A.copy(), np.array([0, 0, 2, 4, 0]), 1.0), lambda: (A.copy(), np.array([-1, 1]), np.nan),
               lambda: (A.copy(), np.array([5, 0]), 1.0), lambda: (A.copy(), np.array([3, 3]), -2.0)],
    'at_ints': [lambda: (np.array([5, -3, 1, 0]), np.array([1, 1, 3]), np.array([True, False, True, False])),
                lambda: (np.array([5, -3, 1, 0]), np.array([9]), np.array([True, False, True, False])),
                lambda: (np.array([5, -3, 1, 0]), np.array([0]), np.array([True, False]))],
    'at_2d': [lambda: (M.copy(), np.array([0, 2, 2]), np.array([1, 3, 3])), lambda: (M.copy(), np.array([0]), np.array([4]))],
    'histogram_at': [lambda: (np.array([0.1, 0.15, 0.5, 0.99, 0.12]), 4), lambda: (np.array([1.0]), 4), lambda: (np.zeros(0), 2)],
    'copy_into': [lambda: (M.copy(), np.array([1.5, -2.5, 3.9, 0.0]), 9.0), lambda: (M.copy(), np.array([1.5, 2.0]), 9.0),
                  lambda: (np.zeros((2, 1)), np.array([4.0]), np.nan)],
    'copy_cast': [lambda: (np.arange(3), np.array([1.0, 2.0, 3.0]))],
    'polys': [lambda: (np.array([1.0, -2.0, 3.0, 0.5]), np.array([4, 0, -1]), 0), lambda: (np.array([2.0]), np.array([7]), 1),
              lambda: (np.array([1.0, 2.0]), np.array([1, 1]), 3), lambda: (np.array([1.0, 2.0]), np.array([1, 1]), -1)],
    'poly_lists': [lambda: (2.5,), lambda: (np.nan,)],
    'pads': [lambda: (A.copy(), 2), lambda: (A[::2], 0), lambda: (np.array([1.0]), 3), lambda: (A.copy(), -1),
             lambda: (np.zeros(0), 1)],
    'join_list': [lambda: (A.copy(), 3), lambda: (A.copy(), 1), lambda: (A.copy(), 0), lambda: (A.copy(), 7)],
    'stack_list': [lambda: (A.copy(), 3), lambda: (np.zeros(0), 2), lambda: (A.copy(), 0)],
    'join_2d': [lambda: (np.arange(6, dtype=np.int32).reshape(2, 3), 2), lambda: (np.zeros((0, 2), np.int32), 1)],
    'repeat_counts': [lambda: (A.copy(), np.array([1, 0, 2, 3, 1]), np.arange(6, dtype=np.int32).reshape(2, 3), 2),
                      lambda: (A.copy(), np.array([1, 0, 2, 3]), np.arange(6, dtype=np.int32).reshape(2, 3), 2),
                      lambda: (A.copy(), np.array([1, -1, 2, 3, 1]), np.arange(6, dtype=np.int32).reshape(2, 3), 2),
                      lambda: (A.copy(), np.array([1, 0, 2, 3, 1]), np.arange(6, dtype=np.int32).reshape(2, 3), -1)],
    'roll_tuple': [lambda: (M.copy(), 2), lambda: (M.copy(), -5), lambda: (np.zeros((0, 3)), 1)],
    'meshgrids': [lambda: (A.copy(), np.array([3, -1]), np.array([0.5, 1.5, 2.0], np.float32)),
                  lambda: (np.zeros(0), np.array([3]), np.array([0.5], np.float32))],
    'sorted_search': [lambda: (np.array([3.0, 1.0, 2.0, np.nan, 1.0]), np.array([0.0, 1.0, 2.5, np.nan]), 1.0),
                      lambda: (np.zeros(0), np.array([1.0]), 0.0)],
    'pads_2d': [lambda: (np.arange(6).reshape(2, 3),), lambda: (np.arange(2).reshape(1, 2),)],
}

# Error cases by keyword form: their messages are compared too.
CASES['add_at'].append({'args': (A.copy(), np.array([5, 0]), 1.0), 'kwargs': {}})
CASES['at_ints'].append({'args': (np.array([5, -3, 1, 0]), np.array([0]), np.array([True, False])), 'kwargs': {}})
CASES['copy_into'].append({'args': (M.copy(), np.array([1.5, 2.0]), 9.0), 'kwargs': {}})
CASES['copy_cast'].append({'args': (np.arange(3), np.array([1.0, 2.0, 3.0])), 'kwargs': {}})
CASES['polys'].append({'args': (np.array([1.0, 2.0]), np.array([1, 1]), -1), 'kwargs': {}})
CASES['pads'].append({'args': (A.copy(), -1), 'kwargs': {}})
CASES['pads'].append({'args': (np.zeros(0), 1), 'kwargs': {}})
CASES['join_list'].append({'args': (A.copy(), 0), 'kwargs': {}})
CASES['stack_list'].append({'args': (A.copy(), 0), 'kwargs': {}})
CASES['repeat_counts'].append({'args': (A.copy(), np.array([1, 0, 2, 3]), np.arange(6, dtype=np.int32).reshape(2, 3), 2), 'kwargs': {}})
CASES['repeat_counts'].append({'args': (A.copy(), np.array([1, -1, 2, 3, 1]), np.arange(6, dtype=np.int32).reshape(2, 3), 2), 'kwargs': {}})
