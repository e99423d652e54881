# differential-python: numpy
# `x, y = a - b` of a 1-d elementwise expression is computed item by item,
# without the array (src/sema/ndarray/arrayops/unpacked.rs): numpy's
# dtypes and values, the broadcast ValueError first, then CPython's unpack
# ValueError (too many / not enough values) on the broadcast length, the
# IndexError of a row out of range, empty rows.
import numpy as np
from pycc import CC

cc = CC('unpacked_elementwise')


@cc.export('springs', 'f8(f8[:, :])')
def springs(cpos):
    s = 0.0
    for i in range(1, cpos.shape[0]):
        dx, dy = cpos[i] - cpos[i - 1]
        s += np.sqrt(dx**2 + dy**2) + dx / (dy + 3.0)
    return s


@cc.export('rows_at', 'f8(f8[:, :], i8, i8)')
def rows_at(a, i, j):
    x, y = a[i] * 2.0 - a[j]
    return x * 10.0 + y


@cc.export('three', 'i8(i8[:], i8[:])')
def three(a, b):
    p, q, r = (a + b) * 3 - b // 2
    return p * 100 + q * 10 + r


@cc.export('small_ints', 'i8(i1[:], i1[:])')
def small_ints(a, b):
    # int8 wraps as numpy's does.
    x, y = a * b + a
    return int(x) * 1000 + int(y)


@cc.export('float32_items', 'f8(f4[:], f4[:])')
def float32_items(a, b):
    x, y = a * 1.1 + b
    return float(x) - float(y) + float(x * y)


@cc.export('compared', 'i8(f8[:], f8[:])')
def compared(a, b):
    x, y = a < b
    return int(x) * 2 + int(y)


@cc.export('mixed', 'f8(i8[:], f8[:])')
def mixed(a, b):
    x, y = a / b + a
    return x - y


@cc.export('broadcast_scalar', 'f8(f8[:], f8[:])')
def broadcast_scalar(a, b):
    # b of one element broadcasts over a.
    x, y = a - b
    return x * 3.0 + y


CPOS = np.array([[0.0, 1.0], [0.5, 1.5], [1.25, 0.75], [2.0, -1.0], [3.5, 2.5]])
R = np.random.RandomState(3)
M = R.standard_normal((4, 2))
M3 = R.standard_normal((3, 3))

CASES = {
    'springs': [
        lambda: (CPOS.copy(),),
        lambda: (M.copy(),),
        lambda: (CPOS[:, ::-1].copy(),),
        lambda: (np.asfortranarray(CPOS),),
        lambda: (np.zeros((0, 2)),),
        lambda: (np.zeros((1, 2)),),
        # rows of 3 and 1: too many / not enough values to unpack.
        lambda: (M3.copy(),),
        lambda: (np.ones((3, 1)),),
        lambda: (np.ones((3, 0)),),
    ],
    'rows_at': [
        lambda: (M.copy(), 0, 1),
        lambda: (M.copy(), -1, 2),
        lambda: (M.copy(), 4, 0),
        lambda: (M.copy(), 0, -5),
        lambda: (M3.copy(), 0, 1),
        lambda: (np.zeros((2, 0)), 0, 1),
        lambda: (np.ones((2, 1)), 0, 1),
    ],
    'three': [
        lambda: (np.array([1, 2, 3]), np.array([4, -5, 6])),
        lambda: (np.array([1, 2, 3]), np.array([7])),
        lambda: (np.array([1]), np.array([7, 8, 9])),
        lambda: (np.array([1, 2]), np.array([7, 8])),
        lambda: (np.array([1, 2, 3, 4]), np.array([7, 8, 9, 1])),
        lambda: (np.array([1, 2, 3]), np.array([7, 8])),
        lambda: (np.array([], dtype=np.int64), np.array([7])),
    ],
    'small_ints': [lambda: (np.array([100, -7], dtype=np.int8), np.array([3, 120], dtype=np.int8))],
    'float32_items': [lambda: (np.array([0.1, 2.5], dtype=np.float32), np.array([1e-3, 7.0], dtype=np.float32))],
    'compared': [lambda: (np.array([1.0, np.nan]), np.array([2.0, 0.0])), lambda: (np.array([3.0, -1.0]), np.array([2.0, 0.0]))],
    'mixed': [lambda: (np.array([1, 7]), np.array([3.0, 0.0])), lambda: (np.array([0, -7]), np.array([0.0, -0.0]))],
    'broadcast_scalar': [
        lambda: (np.array([1.0, 2.0]), np.array([0.5])),
        lambda: (np.array([1.0]), np.array([0.5, 4.0])),
        lambda: (np.array([1.0]), np.array([0.5])),
        lambda: (np.array([1.0, 2.0, 3.0]), np.array([0.5])),
    ],
}
