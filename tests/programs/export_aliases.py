# differential-python: numpy
# Exports declared through a name bound to the function (`fn = solve`,
# `cc.export(fn.__name__, sig)(fn)`, a signature in a variable) and
# through a helper `cc_export(f, signature)` that declares its parameter, once
# per call, as AtCoder templates do; `for` over a computed array and annotated
# assignments in a body.
import numpy as np
from pycc import CC

cc = CC('export_aliases_prog')


def row_col(a):
    h, w = a.shape
    rows = a.sum(axis=1).reshape(h, 1)
    total = 0
    for v in np.ravel(-a + rows):
        total = total * 3 + v
    for v in -a[0]:
        total += v
    return total


def scaled(x, k):
    mask: np.ndarray = x > k
    n: int = 0
    for v in x[mask] * 2.0:
        n += 1
    out: np.ndarray = x * k
    return out[:n]


def tri(n):
    return n * (n + 1) // 2


def count(n, m):
    s = 0
    for i in range(n):
        s += tri(i) % m
    return s


fn = row_col
signature = 'i8(i8[:, :])'
cc.export(fn.__name__, signature)(fn)


def cc_export(f, signature):
    cc.export(f.__name__, signature)(f)
    return f


scaled = cc_export(scaled, 'f8[:](f8[:], f8)')
tri = cc_export(tri, 'i8(i8)')
count = cc_export(count, 'i8(i8, i8)')

CASES = {
    'row_col': [(np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int64),), (np.zeros((1, 0), dtype=np.int64),)],
    'scaled': [(np.array([0.5, 3.0, -1.0, 4.5]), 1.5), (np.array([], dtype=np.float64), 0.0)],
    'tri': [(0,), (10,), (-3,)],
    'count': [(5, 4), (0, 7)],
}
