# differential-python: numpy
# `v = np.array([x, y])` used only as an array operand (`force[i] += v`,
# `a * v`) is bound as its items, no array (src/sema/ndarray/smallvec.rs):
# numpy's dtypes (float64, int64, bool), promotion, rounding, broadcast
# errors (rows of 3, of 1, empty), the IndexError of a row out of range.
# Names read otherwise (an item, a return, a call) stay numpy's arrays.
import numpy as np
from pycc import CC

cc = CC('small_vectors')


@cc.export('springs', 'f8[:, :](f8[:, :], f8)')
def springs(cpos, k):
    force = np.zeros(cpos.shape)
    for i in range(1, cpos.shape[0]):
        dx, dy = cpos[i] - cpos[i - 1]
        dist = np.sqrt(dx**2 + dy**2)
        fmag = -k * dist
        fvec = np.array([fmag * dx / dist, fmag * dy / dist])
        force[i - 1] -= fvec
        force[i] += fvec
    return force


@cc.export('rows', 'f8[:, :](f8[:, :], i8, f8)')
def rows(a, i, s):
    out = a.copy()
    v = np.array([s, 2.0 * s, -s])
    out[i] += v
    out[i - 1] *= v
    return out


@cc.export('block', 'f8[:, :](f8[:, :], f8)')
def block(a, s):
    # A 2-d view updated: the items run along its last axis.
    v = np.array([s, -s, 0.5 * s])
    a[1:] -= v
    a[:, 1:] *= v - a[0, 1:]
    return a


@cc.export('products', 'f4[:](f4[:], f8, f8)')
def products(a, x, y):
    # float32 * float64 array of two: float64, as numpy's.
    v = np.array([x, y])
    w = a * v + v
    return w.astype(np.float32)


@cc.export('ints', 'i8[:](i8[:], i8)')
def ints(a, n):
    v = np.array([n, n + 1, n * 3])
    return a - v


@cc.export('int_div', 'f8[:](i8[:], i8)')
def int_div(a, n):
    v = np.array([n, 2 * n])
    return a / v


@cc.export('into_f4', 'f4[:, :](f4[:, :], f8)')
def into_f4(a, s):
    v = np.array([s / 3.0, s / 7.0])
    for i in range(a.shape[0]):
        a[i] += v
    return a


@cc.export('flags', 'i8[:](i8[:], b1)')
def flags(a, b):
    v = np.array([b, not b])
    return a + v


@cc.export('item_read', 'f8(f8[:], f8)')
def item_read(a, s):
    # An item read: numpy's array (np.float64 item).
    v = np.array([s, 2.0])
    return float(a.sum() + v[1])


@cc.export('returned', 'f8[:](f8)')
def returned(s):
    v = np.array([s, s + 1.0])
    return v


M = np.arange(12.0).reshape(4, 3) * 0.37
CPOS = np.array([[0.0, 1.0], [0.5, 1.5], [1.25, 0.75], [2.0, -1.0], [3.5, 2.5]])

CASES = {
    'springs': [
        lambda: (CPOS.copy(), 2100000.0),
        lambda: (CPOS[::-1].copy(), 0.1),
        lambda: (np.zeros((0, 2)), 1.0),
        lambda: (np.zeros((1, 2)), 1.0),
        # rows of 3 (too many values to unpack) and of 1.
        lambda: (M.copy(), 1.0),
        lambda: (np.ones((3, 1)), 1.0),
    ],
    'rows': [
        lambda: (M.copy(), 1, 0.1),
        lambda: (M.copy(), 0, 0.1),
        lambda: (M.copy(), -3, 1e300),
        lambda: (M.copy(), 4, 0.1),
        lambda: (M[:, :2].copy(), 1, 0.1),
        lambda: (M[:, :1].copy(), 1, 0.1),
        lambda: (np.zeros((2, 0)), 1, 0.1),
    ],
    'block': [lambda: (M.copy(), 0.25), lambda: (M[:, :2].copy(), 0.25), lambda: (M[:, :1].copy(), 0.25)],
    'products': [
        lambda: (np.array([1.5, 2.25], dtype=np.float32), 0.1, 1e-8),
        lambda: (np.array([1.5], dtype=np.float32), 0.1, 3.0),
        lambda: (np.array([1.5, 2.0, 3.0], dtype=np.float32), 0.1, 3.0),
        lambda: (np.zeros(0, dtype=np.float32), 0.1, 3.0),
    ],
    'ints': [lambda: (np.array([10, 20, 30]), 7), lambda: (np.array([10]), -2**40), lambda: (np.array([1, 2]), 1)],
    'int_div': [lambda: (np.array([10, 20]), 3), lambda: (np.array([10, -20]), 0)],
    'into_f4': [lambda: (np.ones((3, 2), dtype=np.float32), 1.0), lambda: (np.ones((3, 4), dtype=np.float32), 1.0)],
    'flags': [lambda: (np.array([10, 20]), True), lambda: (np.array([10, 20]), False)],
    'item_read': [lambda: (np.array([1.0, 2.0]), 0.5)],
    'returned': [lambda: (0.5,)],
}
