# differential-python: numpy
# Arrays the body creates with numpy and returns: the same source run by
# CPython with numpy and compiled by pycc; results compared by dtype, shape,
# memory order and bytes (tests/differential.py).
import numpy as np
from pycc import CC

cc = CC('numpy_alloc_prog')


@cc.export('zeros', 'f8[:](i8)')
def zeros(n):
    return np.zeros(n)


@cc.export('squares', 'f8[::1](i8)')
def squares(n):
    out = np.empty(n)
    for i in range(n):
        out[i] = i * i * 0.5
    return out


@cc.export('ones_i4', '(i8,)')
def ones_i4(n):
    return np.ones(n, np.int32)


@cc.export('typed', '(i8, i8)')
def typed(n, k):
    # Each spelling of a dtype numpy takes.
    if k == 0:
        a = np.zeros(n, dtype=np.uint8)
    elif k == 1:
        a = np.zeros(n, 'u1')
    else:
        a = np.zeros(n, dtype='uint8')
    for i in range(n):
        a[i] = (i * 37 + k) % 256
    return a


@cc.export('full_int', '(i8, i8)')
def full_int(n, v):
    return np.full(n, v)


@cc.export('full_float', '(i8, f8)')
def full_float(n, v):
    return np.full((n, 2), v)


@cc.export('full_bool', '(i8, b1)')
def full_bool(n, v):
    return np.full(n, v)


@cc.export('full_cast', '(i8, f8)')
def full_cast(n, v):
    # numpy converts the fill value to the dtype (float to int truncates).
    return np.full(n, v, np.int16)


@cc.export('grid', 'i4[:, ::1](i8, i8)')
def grid(n, m):
    g = np.zeros((n, m), np.int32)
    for i in range(n):
        for j in range(m):
            g[i, j] = i * 10 - j
    return g


@cc.export('cube', '(i8,)')
def cube(n):
    shape = (n, n + 1, 2)
    c = np.empty(shape)
    for i in range(c.shape[0]):
        for j in range(c.shape[1]):
            for k in range(c.shape[2]):
                c[i, j, k] = i * 100.0 + j * 10.0 + k
    return c


@cc.export('cube_sum', 'f8(f8[:, :, :])')
def cube_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                s += a[i, j, k] * (i + 1)
    return s


@cc.export('like', '(f8[:, :],)')
def like(a):
    b = np.empty_like(a)
    n, m = a.shape
    for i in range(n):
        for j in range(m):
            b[i, j] = a[i, j] * 2.0
    return b


@cc.export('like_kinds', '(f8[:, :], i8)')
def like_kinds(a, k):
    if k == 0:
        return np.zeros_like(a)
    if k == 1:
        return np.ones_like(a)
    if k == 2:
        return np.full_like(a, 2.5)
    return np.full_like(a, 7)


@cc.export('like_dtype', '(f8[:],)')
def like_dtype(a):
    return np.zeros_like(a, dtype=np.int64)


@cc.export('shape_of', '(i4[:, :],)')
def shape_of(a):
    return np.zeros(a.shape, a.dtype)


@cc.export('arange1', '(i8,)')
def arange1(n):
    return np.arange(n)


@cc.export('arange3', '(i8, i8, i8)')
def arange3(a, b, c):
    return np.arange(a, b, c)


@cc.export('arange_f', '(f8, f8, f8)')
def arange_f(a, b, c):
    return np.arange(a, b, c)


@cc.export('arange_dtype', '(i8,)')
def arange_dtype(n):
    return np.arange(n, dtype=np.float32)


@cc.export('linspace', '(f8, f8, i8)')
def linspace(a, b, n):
    return np.linspace(a, b, n)


@cc.export('linspace_open', '(f8, f8, i8)')
def linspace_open(a, b, n):
    return np.linspace(a, b, num=n, endpoint=False)


@cc.export('same', 'f8[:](f8[:])')
def same(a):
    return a


@cc.export('pick', 'f8[:](f8[:], f8[:], b1)')
def pick(a, b, first):
    # An array variable bound on two paths.
    if first:
        c = a
    else:
        c = b
    return c


def filled(n, v):
    out = np.empty(n)
    for i in range(n):
        out[i] = v + i
    return out


@cc.export('via_helper', 'f8(i8)')
def via_helper(n):
    x = filled(n, 0.5)
    y = filled(n, 1.0)
    t = 0.0
    for i in range(n):
        t += x[i] * y[i]
    return t


def scale_into(dst, src, k):
    for i in range(len(src)):
        dst[i] = src[i] * k


@cc.export('scaled', 'f8[:](f8[:], f8)')
def scaled(a, k):
    out = np.zeros_like(a)
    scale_into(out, a, k)
    return out


@cc.export('prefix', 'i8[:](i8[:])')
def prefix(a):
    out = np.empty(len(a), np.int64)
    s = 0
    for i in range(len(a)):
        s += a[i]
        out[i] = s
    return out


@cc.export('in_loop', 'f8(i8, i8)')
def in_loop(rounds, n):
    # A new array each round: all of them live until the call returns.
    t = 0.0
    for r in range(rounds):
        a = np.full(n, r * 1.0)
        for x in a:
            t += x
    return t


@cc.export('consts', 'f8()')
def consts():
    return np.pi + np.e * 2.0


@cc.export('tail', 'f8[:](f8[:], i8)')
def tail(a, k):
    return a[k:]


@cc.export('every', 'f8[:](f8[:], i8, i8, i8)')
def every(a, lo, hi, step):
    return a[lo:hi:step]


@cc.export('col', 'f8[:](f8[:, :], i8)')
def col(a, k):
    return a[:, k]


@cc.export('row', 'f8[:](f8[:, ::1], i8)')
def row(a, i):
    return a[i]


@cc.export('block', 'f8[:, :](f8[:, :], i8, i8)')
def block(a, i, j):
    return a[i:, ::j]


@cc.export('rowsum', 'f8(f8[:, ::1])')
def rowsum(a):
    # Row views of a 2-d array, and a[i][j] chained indexing.
    t = 0.0
    for i in range(a.shape[0]):
        r = a[i]
        for x in r[1:]:
            t += x * i
        t += a[i][0]
    return t


@cc.export('view_store', 'f8[:, :](f8[:, :])')
def view_store(a):
    v = a[1:, ::-1]
    for i in range(v.shape[0]):
        for j in range(v.shape[1]):
            v[i, j] = v[i, j] * 10.0 + i
    return a


@cc.export('zeros_of_view', '(f8[:, :],)')
def zeros_of_view(a):
    return np.ones_like(a[::2, 1:])


@cc.export('view_len', 'i8(f8[:], i8, i8)')
def view_len(a, lo, hi):
    v = a[lo:hi]
    return len(v) * 100 + v.size


@cc.export('cube_slab', '(f8[:, :, :], i8)')
def cube_slab(c, k):
    return c[:, k, ::2]


@cc.export('fill_slice', 'f8[:](f8[:], i8, i8, f8)')
def fill_slice(a, lo, hi, v):
    a[lo:hi] = v
    return a


@cc.export('copy_rows', 'f8[:, :](f8[:, :], f8[:, :])')
def copy_rows(a, b):
    a[1:, :] = b
    return a


@cc.export('shift', 'f8[:](f8[:], i8)')
def shift(a, k):
    # Overlapping source and target: numpy reads the value first.
    a[k:] = a[:-k]
    return a


@cc.export('bcast_row', 'f8[:, :](f8[:, :], f8[:])')
def bcast_row(a, r):
    a[:, :] = r
    return a


@cc.export('set_row', 'i4[:, :](i4[:, :], i8, i4[:])')
def set_row(a, i, r):
    a[i] = r
    return a


@cc.export('reduce', 'f8(f8[:], i8)')
def reduce(a, k):
    if k == 0:
        return np.sum(a)
    if k == 1:
        return np.prod(a)
    if k == 2:
        return np.min(a)
    if k == 3:
        return np.amax(a)
    return np.mean(a)


@cc.export('reduce_i', '(i4[:, :],)')
def reduce_i(a):
    return np.sum(a), np.max(a), np.mean(a)


@cc.export('reduce_u', 'u8(u1[:])')
def reduce_u(a):
    return np.sum(a)


@cc.export('dot', 'f8(f8[:], f8[:])')
def dot(a, b):
    return np.dot(a, b) * 2.0


@cc.export('order', 'i8[:](f8[:])')
def order(a):
    return np.argsort(a)


@cc.export('median_ish', 'f8(f8[:])')
def median_ish(a):
    r = a[::-1]
    idx = np.argsort(r)
    return r[idx[len(idx) // 2]]


@cc.export('pingpong', 'f8[:](f8[:], i8)')
def pingpong(a, steps):
    # Two buffers swapped each step (a, b = b, a), a 3-point smoothing.
    cur = np.empty_like(a)
    cur[:] = a
    nxt = np.empty_like(a)
    n = len(a)
    for s in range(steps):
        nxt[0] = cur[0]
        nxt[n - 1] = cur[n - 1]
        for i in range(1, n - 1):
            nxt[i] = (cur[i - 1] + cur[i] + cur[i + 1]) / 3.0
        cur, nxt = nxt, cur
    return cur


@cc.export('rows', 'f8(f8[:, :])')
def rows(a):
    t = 0.0
    k = 1.0
    for row in a:
        for x in row:
            t += x * k
        k += 1.0
    return t


@cc.export('rows_rebind', 'f8(f8[:, ::1])')
def rows_rebind(a):
    # The loop keeps iterating the array it started with.
    t = 0.0
    for row in a:
        t += row[0]
        a = a[1:]
    return t + len(a)


@cc.export('methods', '(f8[:, :],)')
def methods(a):
    return a.sum() + a[1:].max() + a.min() * 2.0 + a.mean() + a[:, 0].prod()


@cc.export('copied', '(f8[:, :],)')
def copied(a):
    b = a[::-1].copy()
    b[0, 0] = 100.0
    return b


@cc.export('method_order', 'i8[:](f8[:])')
def method_order(a):
    return a[::-1].argsort()


@cc.export('fill_rows', 'f8[:, :](f8[:, :], f8)')
def fill_rows(a, v):
    a[1:].fill(v)
    return a


F = lambda: np.asfortranarray(np.arange(12.0).reshape(3, 4))
C = lambda: np.arange(12.0).reshape(3, 4)
S = lambda: np.arange(24.0).reshape(4, 6)[::2, ::-3]

CASES = {
    'zeros': [(0,), (1,), (5,), (-1,)],
    'squares': [(0,), (7,), (-3,)],
    'ones_i4': [(3,)],
    'typed': [(10, 0), (10, 1), (10, 2)],
    'full_int': [(3, 7), (2, -(2**63))],
    'full_float': [(2, 1.5), (1, float('nan')), (3, -0.0)],
    'full_bool': [(3, True), (2, False)],
    'full_cast': [(3, 2.9), (2, -7.5)],
    'grid': [(2, 3), (0, 4), (3, 0)],
    'cube': [(2,), (0,)],
    'cube_sum': [lambda: (np.arange(24.0).reshape(2, 3, 4),), lambda: (np.arange(24.0).reshape(2, 3, 4)[:, ::-1, ::2],)],
    'like': [lambda: (C(),), lambda: (F(),), lambda: (S(),)],
    'like_kinds': [lambda: (C(), 0), lambda: (F(), 1), lambda: (S(), 2), lambda: (C(), 3)],
    'like_dtype': [lambda: (np.arange(5.0),), lambda: (np.arange(6.0)[::-2],)],
    'shape_of': [lambda: (np.zeros((2, 5), np.int32),)],
    'arange1': [(0,), (5,), (-2,)],
    'arange3': [(0, 10, 3), (10, 0, -3), (5, 5, 1), (0, 5, 0)],
    'arange_f': [(0.0, 1.0, 0.1), (1.0, -1.0, -0.3), (0.0, 1e-300, 1e-301), (0.0, 1.0, float('inf')), (0.0, float('nan'), 1.0)],
    'arange_dtype': [(4,)],
    'linspace': [(0.0, 1.0, 7), (-1.0, 1e10, 50), (2.0, 3.0, 1), (0.0, 1.0, 0), (0.0, 1.0, -1), (1.0, 1.0, 3)],
    'linspace_open': [(0.0, 1.0, 7), (0.0, 1.0, 1)],
    'same': [lambda: (np.arange(3.0),)],
    'pick': [lambda: (np.arange(3.0), np.ones(2), True), lambda: (np.arange(3.0), np.ones(2), False)],
    'via_helper': [(0,), (10,)],
    'scaled': [lambda: (np.arange(5.0), 1.5), lambda: (np.arange(8.0)[::-2], -2.0)],
    'prefix': [lambda: (np.arange(6),), lambda: (np.zeros(0, np.int64),)],
    'in_loop': [(100, 10), (3, 0)],
    'consts': [()],
    'methods': [lambda: (C(),), lambda: (F(),), lambda: (S(),)],
    'copied': [lambda: (C(),), lambda: (F(),), lambda: (S(),)],
    'method_order': [lambda: (np.array([3.0, 1.0, 2.0]),)],
    'fill_rows': [lambda: (C(), 2.5), lambda: (S(), -1.0)],
    'pingpong': [lambda: (np.arange(10.0) ** 2, 5), lambda: (np.arange(3.0), 0)],
    'rows': [lambda: (C(),), lambda: (F(),), lambda: (S(),), lambda: (np.zeros((0, 3)),)],
    'rows_rebind': [lambda: (C(),)],
    'reduce': [lambda: (np.arange(1000.0) * 0.1, k) for k in range(5)] + [lambda: (np.zeros(0), k) for k in range(5)] + [lambda: (np.array([1.0, float('nan'), -0.0]), k) for k in range(5)],
    'reduce_i': [lambda: (np.arange(12, dtype=np.int32).reshape(3, 4),), lambda: (np.zeros((0, 2), np.int32),)],
    'reduce_u': [lambda: (np.full(10, 250, np.uint8),)],
    'dot': [lambda: (np.arange(100.0) / 7, np.arange(100.0)[::-1]), lambda: (np.ones(3), np.ones(4))],
    'order': [lambda: (np.array([3.0, 1.0, 2.0, 1.0, float('nan'), -0.0, 0.0]),), lambda: (np.arange(50.0)[::-1] % 7,)],
    'median_ish': [lambda: (np.array([5.0, 1.0, 4.0, 2.0, 3.0]),)],
    'fill_slice': [lambda: (np.arange(8.0), 2, 5, -1.5), lambda: (np.arange(8.0), -3, 100, 7.0), lambda: (np.arange(8.0)[::-2], 1, 3, 0.5)],
    'copy_rows': [lambda: (C(), np.ones((2, 4))), lambda: (F(), np.arange(8.0).reshape(2, 4)[:, ::-1]), lambda: (C(), np.ones((3, 4))), lambda: (C(), np.ones((1, 4))), lambda: (C(), np.ones((2, 1)))],
    'shift': [lambda: (np.arange(8.0), 2), lambda: (np.arange(8.0), 1), lambda: (np.arange(8.0)[::-1], 3)],
    'bcast_row': [lambda: (C(), np.arange(4.0)), lambda: (C(), np.arange(1.0)), lambda: (C(), np.arange(3.0))],
    'set_row': [lambda: (np.zeros((3, 4), np.int32), 1, np.arange(4, dtype=np.int32)), lambda: (np.zeros((3, 4), np.int32), -1, np.arange(5, dtype=np.int32))],
    'tail': [lambda: (np.arange(6.0), 2), lambda: (np.arange(6.0), -2), lambda: (np.arange(6.0), 10), lambda: (np.arange(6.0), -10), lambda: (np.arange(8.0)[::-3], 1)],
    'every': [lambda: (np.arange(10.0), lo, hi, st) for lo, hi, st in [(1, 8, 2), (8, 1, -2), (-1, -11, -1), (0, 10, 0), (5, 5, 1), (-100, 100, 3), (100, -100, -4), (3, 2, 1)]],
    'col': [lambda: (C(), 1), lambda: (F(), -1), lambda: (S(), 0), lambda: (C(), 4), lambda: (C(), -5)],
    'row': [lambda: (C(), 2), lambda: (C(), -3), lambda: (C(), 3)],
    'block': [lambda: (C(), 1, 2), lambda: (F(), 0, -1), lambda: (S(), -1, 3), lambda: (C(), 0, 0)],
    'rowsum': [lambda: (C(),), lambda: (np.zeros((0, 3)),)],
    'view_store': [lambda: (C(),), lambda: (F(),), lambda: (S(),)],
    'zeros_of_view': [lambda: (C(),), lambda: (F(),)],
    'view_len': [lambda: (np.arange(10.0), 2, 7), lambda: (np.arange(10.0), 7, 2), lambda: (np.arange(10.0), -3, 100)],
    'cube_slab': [lambda: (np.arange(24.0).reshape(2, 3, 4), 1), lambda: (np.arange(24.0).reshape(2, 3, 4), 3)],
}
