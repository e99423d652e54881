# differential-python: numpy
# Names bound by unpacking array elements hold numpy scalars in CPython
# (`x, y = b[0], b[1]`, `x, y = m[0]`, `for p, q in m`, `for x in b`,
# `enumerate`/`zip` of arrays), strong in numpy 2's promotion: an f4 array
# times an f8 one is float64, an i1 array plus an i4 one int32. A name
# also bound to a plain float (`y = z`) stays weak.
import numpy as np
from pycc import CC

cc = CC('numpy_scalar_unpack')


@cc.export('tup_items', '(f4[:], f8[:])')
def tup_items(a, b):
    x, y = b[0], b[1]
    return a * x + y


@cc.export('row_unpack', '(f4[:], f8[:, :])')
def row_unpack(a, m):
    x, y = m[0]
    return a * x - y


@cc.export('for_pairs', '(f4[:], f8[:, :])')
def for_pairs(a, m):
    s = np.zeros(len(a))
    for p, q in m:
        s = a * p + q
    return s


@cc.export('for_items', '(f4[:], f8[:])')
def for_items(a, b):
    s = np.zeros(len(a))
    for x in b:
        s = s + a * x
    return s


@cc.export('i1_tup', '(i1[:], i4[:])')
def i1_tup(a, b):
    x, y = b[0], b[1]
    return a + x


@cc.export('ret_item', 'f8(f8[:, :])')
def ret_item(m):
    x, y = m[0]
    return x / y


@cc.export('int_row', '(i8[:, :])')
def int_row(m):
    x, y = m[0]
    return x // y, x % y, x / y


F = np.array([1.1, 2.3, -0.7], dtype=np.float32)
B = np.array([0.1, 2.0, -3.5])
M = np.array([[0.1, 2.0], [-3.5, 1e-3]])
I1 = np.array([1, -100, 120], dtype=np.int8)
I4 = np.array([3, 1000, -7], dtype=np.int32)
@cc.export('enum_zip', '(f4[:], f8[:], i4[:])')
def enum_zip(a, b, k):
    s = np.zeros(len(a))
    t = np.zeros(len(a), np.int32)
    for i, x in enumerate(b):
        s = s + a * x
    for x, j in zip(b, k):
        t = t + (a > x) * j
    return s, t


@cc.export('mixed_binds', '(f4[:], f8[:], f8)')
def mixed_binds(a, b, z):
    x, y = b[0], z
    return a * y, a * x


CASES = {
    'enum_zip': [(F, B, I4)],
    'mixed_binds': [(F, B, 0.5)],
    'tup_items': [(F, B)],
    'row_unpack': [(F[:2], M)],
    'for_pairs': [(F[:2], M)],
    'for_items': [(F, B)],
    'i1_tup': [(I1, I4)],
    'ret_item': [(M,)],
    'int_row': [(np.array([[7, -2]], dtype=np.int64),)],
}
