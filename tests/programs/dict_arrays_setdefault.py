# differential-python: numpy
# `d.setdefault(k, a)` of a dict of arrays: the stored array when `k` is
# there (the new `a` made and dropped, as CPython), else `a` itself stored;
# the result is the stored array, so a store through it is seen in `d`.
import numpy as np
from pycc import CC

cc = CC('dict_arrays_setdefault')


@cc.export('grouped', 'f8(i8[:], f8[:])')
def grouped(keys, vals):
    d = {}
    for i in range(len(keys)):
        v = d.setdefault(keys[i], np.zeros(2))
        v[i % 2] += vals[i]
    total = 0.0
    for k, v in d.items():
        total = total * 3.0 + k + v[0] - 2.0 * v[1]
    return total + len(d)


@cc.export('statement', 'f8(f8[:], i8)')
def statement(a, k):
    d = {}
    d[1] = a
    d.setdefault(k, np.ones(len(a)))
    d.setdefault(k, a * 0.0)
    d[k][0] += 5.0
    return d[k].sum() + a.sum() + len(d)


@cc.export('same', 'f8(f8[:], i8)')
def same(a, k):
    d = {}
    b = d.setdefault(k, a)
    b[0] = 9.0
    return a[0] + d[k][0]


K = np.array([3, 1, 3, 2, 1, 3], dtype=np.int64)
V = np.array([0.5, 1.5, -2.0, 4.0, 0.25, 8.0])
A = np.array([1.0, 2.0, 3.0])

CASES = {
    'grouped': [(K, V), (K[:0], V[:0])],
    'statement': [lambda: (A.copy(), 1), lambda: (A.copy(), 2)],
    'same': [lambda: (A.copy(), 4)],
}
