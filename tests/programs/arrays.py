# Array arguments through the buffer protocol (array.array and memoryview:
# strided, reversed, 2-d casts, read-only), against CPython running the same
# functions on the same kinds of objects (memoryview indexes like an array).
# Where pycc and a memoryview differ on purpose (wrong dtypes, read-only
# buffers, non-contiguous views, a store that wraps) tests/e2e.rs checks pycc.
from array import array
from pycc import CC

cc = CC('arrays_prog')


@cc.export('total', 'f8(f8[:])')
def total(a):
    s = 0.0
    for x in a:
        s += x
    return s


@cc.export('find', 'i8(f8[:], f8)')
def find(a, v):
    # for-else over an array: the else runs when no break happened.
    i = 0
    for x in a:
        if x == v:
            break
        i += 1
    else:
        i = -1
    return i


@cc.export('total_idx', 'f8(f8[::1])')
def total_idx(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('get', 'f8(f8[:], i8)')
def get(a, i):
    return a[i]


@cc.export('geti', 'i8(i8[:], i8)')
def geti(a, i):
    return a[i] * 2 + len(a)


@cc.export('get2', 'f8(f8[:, :], i8, i8)')
def get2(a, i, j):
    return a[i, j] + a.ndim


@cc.export('trace', 'f8(f8[:, ::1])')
def trace(a):
    n, m = a.shape
    s = 0.0
    for i in range(min(n, m)):
        s += a[i, i]
    return s


@cc.export('colsum', 'f8(f8[::1, :], i8)')
def colsum(a, j):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i, j]
    return s


@cc.export('scale', 'void(f8[:], f8)')
def scale(a, k):
    for i in range(len(a)):
        a[i] *= k


@cc.export('fill2', 'void(f8[:, :])')
def fill2(a):
    for i in range(a.shape[0]):
        for j in range(a.shape[-1]):
            a[i, j] = i * 10.0 + j


@cc.export('count_true', 'i8(b1[:])')
def count_true(a):
    n = 0
    for x in a:
        if x:
            n += 1
    return n


@cc.export('small', 'i8(u1[:], i2[:], f4[:])')
def small(a, b, c):
    return a[0] + b[-1] + int(c[0])


@cc.export('incr', 'void(i4[:], i8)')
def incr(a, i):
    a[i] += 1


# Loops whose range proves the index in bounds (src/analysis/bounds.rs drops the
# check): the values must not change, on every length from 0 up and on
# strided and reversed views; an unproven index beside them still raises.
@cc.export('diffs', 'f8(f8[:])')
def diffs(a):
    s = 0.0
    for i in range(2, a.shape[0] - 1):
        s += a[i - 2] * 3.0 - a[i + 1]
    return s


@cc.export('min_pairs', 'f8(f8[:], f8[:])')
def min_pairs(a, b):
    s = 0.0
    n = min(len(a), len(b))
    for i in range(0, n, 2):
        s += a[i] - b[i]
    return s


@cc.export('grid_sum', 'f8(f8[:, :])')
def grid_sum(g):
    rows = g.shape[0]
    s = 0.0
    for i in range(rows):
        for j in range(1, g.shape[1]):
            s += g[i, j - 1] * (j + 1)
    return s


@cc.export('mixed', 'f8(f8[:], f8[:])')
def mixed(a, b):
    # a[i] is proven, b[i + 1] is not: IndexError when b is not longer.
    s = 0.0
    for i in range(len(a)):
        s += a[i] + b[i + 1]
    return s


def f64(xs):
    return memoryview(array('d', xs))


def grid(r, c):
    m = memoryview(bytearray(8 * r * c)).cast('d', shape=[r, c])
    for i in range(r):
        for j in range(c):
            m[i, j] = i * 1.5 - j
    return m


V = [1.0, -2.5, 3.25, 4.0, -0.0, 1e300]
CASES = {
    'total': [(f64(V),), (f64([]),), (f64(V)[::2],), (f64(V)[::-1],), (f64(V).toreadonly(),), (3.0,), (None,)],
    'find': [(f64(V), V[2]), (f64(V), 12345.0), (f64([]), 0.0), (f64(V)[::-1], V[0])],
    'total_idx': [(f64(V),), (f64([]),), (f64(V)[::-1][::-1],)],
    'get': [(f64(V), 0), (f64(V), 5), (f64(V), -1), (f64(V), -6), (f64(V), 6), (f64(V), -7), (f64(V)[::-2], 1), (f64([]), 0)],
    'geti': [(memoryview(array('q', [5, -7, 2**62])), 1), (memoryview(array('q', [5, -7, 2**62])), 2), (memoryview(array('q', [5])), 3)],
    'get2': [(grid(3, 4), 1, 2), (grid(3, 4), -1, -4), (grid(3, 4), 3, 0), (grid(3, 4), 0, 4), (grid(3, 4), 0, -5), (f64(V), 0, 0)],
    'trace': [(grid(3, 4),), (grid(4, 3),), (grid(1, 1),)],
    'colsum': [(grid(1, 3), 2), (grid(3, 1), 0)],
    'scale': [lambda: (f64(V), 2.0), lambda: (f64(V)[::-3], -1.0), lambda: (array('d', [1.0, 2.0]), 0.5)],
    'fill2': [lambda: (grid(2, 3),), lambda: (grid(3, 2),)],
    'count_true': [(memoryview(bytearray([1, 0, 1, 1])).cast('?'),), (memoryview(bytearray(0)).cast('?'),)],
    'small': [(memoryview(array('B', [255])), memoryview(array('h', [-3, -32768])), memoryview(array('f', [2.5])))],
    'diffs': [(f64(V[:k]),) for k in range(7)] + [(f64(V)[::-1],), (f64(V)[::2],)],
    'min_pairs': [(f64(V), f64(V[:3])), (f64(V[:1]), f64(V)), (f64([]), f64(V)), (f64(V)[::-1], f64(V))],
    'grid_sum': [(grid(3, 4),), (grid(1, 1),), (grid(4, 3),), (memoryview(f64(V)).cast('B').cast('d', shape=[2, 3]),)],
    'mixed': [(f64(V[:3]), f64(V)), (f64(V), f64(V)), (f64([]), f64([]))],
    'incr': [lambda: (memoryview(array('i', [1, 2, 3])), -1), lambda: (memoryview(array('i', [1, 2, 3])), 3)],
}
