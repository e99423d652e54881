# differential-python: numpy
# Methods of dicts whose values are arrays: `d.pop(k)` (the array put in,
# KeyError for a missing key), `d.get(k, a)` / `d.pop(k, a)` with an array
# default (the default itself when missing), and `d[k] op= x`, numpy's
# in-place operator on the stored array (seen through every name for it).
import numpy as np
from pycc import CC

cc = CC('dict_arrays_methods')


@cc.export('pop_sum', 'f8(f8[:], i8)')
def pop_sum(a, k):
    d = {}
    for i in range(3):
        d[i] = a * (i + 1)
    b = d.pop(k)
    s = b.sum() * 10.0 + len(d)
    for v in d.values():
        s += v[0]
    return s


@cc.export('pop_view', 'f8[:](f8[:])')
def pop_view(a):
    d = {}
    d[7] = a
    b = d.pop(7)
    b[0] = -1.0
    d.pop(7)
    return a


@cc.export('get_default', 'f8(f8[:], i8)')
def get_default(a, k):
    d = {}
    d[1] = a + 1.0
    d[2] = a * 2.0
    z = np.zeros(len(a))
    g = d.get(k, z)
    g[0] += 100.0
    return g.sum() + z.sum() + d[1][0] + d[2][0]


@cc.export('pop_default', 'f8(i8[:], i8)')
def pop_default(a, k):
    d = {}
    d[0] = a[::2]
    d[1] = a[1:]
    dflt = np.ones(3, dtype=np.int64)
    b = d.pop(k, dflt)
    return b.sum() * 100.0 + len(d) + dflt[0]


@cc.export('aug', 'f8[:](f8[:], f8[:])')
def aug(a, x):
    d = {}
    d[0] = a
    d[1] = np.zeros(len(a))
    for i in range(3):
        d[i % 2] += x
    d[1] *= 2.0
    d[0] -= d[1]
    return d[0] + d[1] * 1000.0


@cc.export('aug_alias', 'f8(f8[:], i8)')
def aug_alias(x, k):
    d = {}
    b = np.arange(4.0)
    d[3] = b
    d[k] /= 2.0
    d[3] += x[:4]
    return b.sum() + d[3][1]


@cc.export('aug_int', 'i8(i8[:], i8)')
def aug_int(a, k):
    d = {}
    d[k] = a.copy()
    d[k] //= 3
    d[k] <<= 1
    return d[k].sum()


A = np.array([1.5, -2.0, 3.25, 0.5])
X = np.array([0.25, 1.0, -4.0, 8.0, 9.0])
I = np.array([7, -5, 11, 2, 30], dtype=np.int64)
CASES = {
    'pop_sum': [(A, 0), (A, 2), (A, 3), (A[:0], 1)],
    'pop_view': [lambda: (A.copy(),)],
    'get_default': [(A, 1), (A, 2), (A, 5)],
    'pop_default': [(I, 0), (I, 1), (I, 4)],
    'aug': [lambda: (A.copy(), A * 3.0), lambda: (A.copy(), A[:3])],
    'aug_alias': [(X, 3), (X, 1), (X[:2], 3)],
    'aug_int': [(I, 4), (I[:0], -1)],
}
