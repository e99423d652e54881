# differential-python: numpy
# numpy breadth, part 14 (issues 16 and 18): `np.nonzero(a)` / `np.where(c)`
# / `a.nonzero()` of an n-d array (numpy's tuple of int64 index arrays:
# strided views of one (N, ndim) array, not contiguous), unpacked, kept,
# indexed, as an index (`m[np.where(m > 1)] = 0`) and spread into zip;
# `a.ravel(order=)`, `a.flatten(order=)`, `np.reshape(a, shape, order=)`;
# `np.roll` of a uint64 shift past 2**63 (numpy's Python int, reduced
# modulo the extent); numpy results whose type depends on the values
# (np.bincount of an empty array with weights is int64, np.nanpercentile
# of an empty array a scalar nan) raise pycc's documented ValueError;
# `s=` / `axes=` of `np.fft.fft2` / `ifft2` / `fftn` / `ifftn` / `rfft2` /
# `irfft2`, and `np.fft.rfftn` / `irfftn`; `np.array([f(x) for x in xs])`
# and `np.stack` / `vstack` / `hstack` / `column_stack` / `dstack` /
# `concatenate` of a list comprehension of arrays, `np.dstack` of a list
# variable too (numpy's stacking of the list; an empty one is numpy's 1-d
# float64 array, so pycc's ValueError);
# `np.ascontiguousarray(a, dtype=)` / `np.asfortranarray(a, dtype=)` (no
# copy where numpy makes none); `np.diff(a, prepend=arr, append=arr)`;
# `np.polyadd`, `np.polysub`, `np.polymul`, `np.poly` (1-d; np.poly of no
# roots is numpy's float 1.0, so pycc's ValueError).
import numpy as np
from pycc import CC

cc = CC('numpy_breadth14_prog')


@cc.export('nonzero_2d', '(f8[:, :],)')
def nonzero_2d(m):
    r, c = np.nonzero(m)
    t = np.where(m > 0.5)
    u = m.nonzero()
    return r, c, t[0], t[1], len(t), u[1], np.nonzero(m)[0], m[np.nonzero(m)], m[t[0], t[1]]


@cc.export('nonzero_3d', '(i4[:, :, :],)')
def nonzero_3d(t):
    i, j, k = np.nonzero(t)
    w = np.where(t % 2 == 1)
    return i, j, k, w[2], len(w)


@cc.export('where_index', '(f8[:, :],)')
def where_index(m):
    m[np.where(m > 1.0)] = 0.0
    s = 0
    for i, j in zip(*np.nonzero(m)):
        s += i * 10 + j
    return m, s


@cc.export('nonzero_bool', '(b1[:, :],)')
def nonzero_bool(b):
    rows, cols = b.nonzero()
    return rows, cols, np.argwhere(b), np.flatnonzero(b)


@cc.export('orders', '(f8[:, :],)')
def orders(m):
    a = m.ravel(order='F')
    b = m.flatten(order='F')
    c = np.reshape(m, (m.size,), order='F')
    d = m.ravel(order='K')
    e = np.ravel(m, order='A')
    f = m.flatten(order='C')
    g = m.ravel(order='f')
    h = m.ravel(order=None)
    return a, b, c, d, e, f, g, h


@cc.export('reshape_f', '(i8[:],)')
def reshape_f(v):
    a = v.reshape((2, 3), order='F')
    b = v.reshape(3, 2, order='C')
    c = np.reshape(v, (3, -1), order='F')
    c[0, 0] = 99
    return a, b, c, v


@cc.export('roll_u8', '(u8[:], u8)')
def roll_u8(a, k):
    return np.roll(a, k)


@cc.export('roll_u8_2d', '(f8[:, :], u8)')
def roll_u8_2d(m, k):
    return np.roll(m, k, 1), np.roll(m, k)


@cc.export('empty_results', '(i8,)')
def empty_results(n):
    x = np.arange(n) % 3
    w = np.arange(n) * 0.5
    return np.bincount(x, weights=w, minlength=3)


@cc.export('nanpct_q', '(i8,)')
def nanpct_q(n):
    a = np.arange(n) * 1.5
    a[::2] = np.nan
    return np.nanpercentile(a, np.array([10.0, 50.0]))

@cc.export('fft_axes', '(f8[:, :, :], c16[:, :])')
def fft_axes(t, z):
    return (np.fft.fft2(t, axes=(0, 2)), np.fft.fft2(z, s=(4, 3)), np.fft.fftn(t, s=(2, 2), axes=(1, 2)),
            np.fft.ifftn(z, None, (0,)), np.fft.rfftn(t), np.fft.irfftn(z), np.fft.rfftn(t, axes=(0, 1)),
            np.fft.irfftn(z, s=(2, 6), norm='ortho'), np.fft.fft2(t, axes=None), np.fft.rfft2(t, s=[3, 3]),
            np.fft.irfft2(z, axes=(1, 0)), np.fft.ifft2(t, (2, 2), (0, 1), 'forward'))


@cc.export('fft_s', '(f4[:, :], i8)')
def fft_s(m, n):
    sh = (n, n)
    return np.fft.fft2(m, s=sh), np.fft.rfftn(m, s=(n, n + 1), axes=(0, 1)), np.fft.irfftn(m, axes=(1,))


@cc.export('fft_bad_axes', '(f8[:, :], i8)')
def fft_bad_axes(m, k):
    return np.fft.fft2(m, axes=(0, k))


@cc.export('fft_bad_s', '(f8[:, :],)')
def fft_bad_s(m):
    return np.fft.fftn(m, s=(2, 2, 2))


def feat(x):
    return np.array([x, x * 2.0, x ** 2])


@cc.export('comprehensions', '(f8[:], f8[:, :])')
def comprehensions(a, m):
    A = np.array([a * i for i in range(3)])
    B = np.array([feat(x) for x in a])
    C = np.stack([row * 2 for row in m], axis=1)
    D = np.vstack([a + k for k in range(2)])
    E = np.hstack([a[i:] for i in range(3)])
    F = np.vstack([m[:, k] for k in range(m.shape[1])])
    G = np.concatenate([m[i] for i in range(m.shape[0])])
    s = np.array([r * 2 for r in m]).sum()
    H = np.column_stack([a * k for k in range(3)])
    parts = [m, m * 2]
    J = np.dstack(parts)
    K = np.dstack([m + k for k in range(3)])
    return A, B, C, D, E, F, G, s, H, J, K, np.array([x * 2.0 for x in a])


@cc.export('comprehension_n', '(i8,)')
def comprehension_n(n):
    return np.array([feat(float(k)) for k in range(n)])


@cc.export('comprehension_ragged', '(i8,)')
def comprehension_ragged(n):
    return np.stack([np.zeros(k) for k in range(n)])


@cc.export('contiguous_dtype', '(f8[:, :], i8[:])')
def contiguous_dtype(m, v):
    a = np.ascontiguousarray(m, dtype=np.float32)
    b = np.ascontiguousarray(m.T, np.float64)
    c = np.asfortranarray(v, dtype=np.float64)
    d = np.ascontiguousarray(v, dtype=np.int64)
    d[0] = 7
    return a, b, c, d, v, a.flags.c_contiguous


@cc.export('diff_ends', '(f8[:, :], i8[:])')
def diff_ends(m, v):
    e = np.diff(v, prepend=v[:2], append=np.array([True]))
    g = np.diff(m, axis=1, prepend=m[:, :1] * 0.5)
    h = np.diff(v > 1, prepend=np.array([False]))
    k = np.diff(m, append=m[:1])
    return e, g, h, np.diff(v, append=m[0]), k


@cc.export('diff_bad', '(f8[:, :], f8[:])')
def diff_bad(m, v):
    return np.diff(m, prepend=v)


@cc.export('polys', '(f8[:], i4[:], b1[:], f4[:])')
def polys(a, b, t, s):
    return (np.polyadd(a, b), np.polysub(b, 3), np.polymul(a, b), np.polymul(t, t), np.polyadd(t, t),
            np.poly(a), np.poly(b), np.poly(s), np.polysub(b.astype(np.uint8), 3), np.polyadd(b, np.array([1.5])))


@cc.export('poly_n', '(i8,)')
def poly_n(n):
    return np.poly(np.arange(n) * 1.0)


@cc.export('polysub_bool', '(b1[:],)')
def polysub_bool(t):
    return np.polysub(t, t)


M = np.array([[1.0, 0.0, 2.5], [0.0, 3.0, 0.5], [4.0, 0.0, 0.0]])
T = np.array([[[0, 1], [2, 0]], [[3, 0], [0, 5]]], dtype=np.int32)
CASES = {
    'nonzero_2d': [lambda: (M.copy(),), lambda: (M.T,), lambda: (np.zeros((2, 3)),), lambda: (np.ones((1, 1)),)],
    'nonzero_3d': [lambda: (T.copy(),), lambda: (np.zeros((0, 2, 2), np.int32),)],
    'where_index': [lambda: (M.copy(),), lambda: (np.zeros((2, 2)),)],
    'nonzero_bool': [lambda: (np.array([[True, False], [True, True]]),), lambda: (np.zeros((3, 0), bool),)],
    'orders': [lambda: (np.arange(6.0).reshape(2, 3),), lambda: (np.arange(6.0).reshape(3, 2).T,), lambda: (M[::2, 1:],)],
    'reshape_f': [lambda: (np.arange(6),), lambda: (np.arange(5),)],
    'roll_u8': [lambda: (np.arange(5, dtype=np.uint64), 2**63 + 3), lambda: (np.arange(5, dtype=np.uint64), 2**64 - 1),
                lambda: (np.arange(7, dtype=np.uint64), 2**63), lambda: (np.zeros(0, np.uint64), 2**64 - 2),
                lambda: (np.arange(3, dtype=np.uint64), 4)],
    'roll_u8_2d': [lambda: (M.copy(), 2**63 + 1), lambda: (M.copy(), 2**64 - 1)],
    'empty_results': [(5,), (1,), (0,)],
    'nanpct_q': [(5,), (1,), (0,)],
    'fft_axes': [lambda: (np.arange(24.0).reshape(2, 3, 4) ** 0.5, np.array([[1 + 2j, -1j, 3.0], [0.5, 2.0, 1j]])),
                 lambda: (np.arange(24.0).reshape(4, 2, 3).transpose(1, 2, 0), np.array([[1 + 2j, -1j], [0.5, 2.0], [3.0, 1j]]))],
    'fft_s': [lambda: (np.arange(6.0, dtype=np.float32).reshape(2, 3), 4), lambda: (np.arange(6.0, dtype=np.float32).reshape(2, 3), 1),
              lambda: (np.arange(6.0, dtype=np.float32).reshape(2, 3), 0)],
    'fft_bad_axes': [lambda: (np.ones((2, 2)), 1), lambda: (np.ones((2, 2)), 5), lambda: (np.ones((2, 2)), 0)],
    'fft_bad_s': [lambda: (np.ones((2, 2)),)],
    'comprehensions': [lambda: (np.arange(4.0), np.arange(6.0).reshape(2, 3)), lambda: (np.array([0.5]), np.ones((3, 1)))],
    'comprehension_n': [(3,), (1,), (0,)],
    'comprehension_ragged': [(1,), (2,), (0,)],
    'contiguous_dtype': [lambda: (np.arange(6.0).reshape(2, 3), np.arange(4)), lambda: (np.arange(6.0).reshape(3, 2).T, np.array([5, 1]))],
    'diff_ends': [lambda: (np.arange(6.0).reshape(2, 3) ** 2, np.array([3, 1, 4])), lambda: (np.ones((1, 3)), np.array([0, 2, 2]))],
    'diff_bad': [lambda: (np.ones((2, 2)), np.ones(3)), lambda: (np.ones((2, 2)), np.ones(2))],
    'polys': [lambda: (np.array([1.0, 2.0, 3.0]), np.array([2, -1], np.int32), np.array([True, False]), np.array([0.5, 2.0], np.float32)),
              lambda: (np.array([-0.5]), np.array([1], np.int32), np.array([True]), np.zeros(1, np.float32))],
    'poly_n': [(3,), (1,), (0,)],
    'polysub_bool': [lambda: (np.array([True]),)],
}

# Error cases by keyword form: their messages are compared too.
CASES['reshape_f'].append({'args': (np.arange(5),), 'kwargs': {}})
CASES['fft_s'].append({'args': (np.ones((2, 3), np.float32), 0), 'kwargs': {}})
CASES['fft_bad_axes'].append({'args': (np.ones((2, 2)), 5), 'kwargs': {}})
CASES['fft_bad_s'].append({'args': (np.ones((2, 2)),), 'kwargs': {}})
CASES['comprehension_ragged'].append({'args': (2,), 'kwargs': {}})
CASES['diff_bad'].append({'args': (np.ones((2, 2)), np.ones(3)), 'kwargs': {}})
CASES['polysub_bool'].append({'args': (np.array([True]),), 'kwargs': {}})

# numpy's result type depends on the values here: pycc's ValueError.
DEVIATIONS = {
    ('empty_results', (0,)): 'ValueError',
    ('nanpct_q', (0,)): 'ValueError',
    ('comprehension_n', (0,)): 'ValueError',
    ('poly_n', (0,)): 'ValueError',
}
