# differential-python: numpy
# Dicts whose values are arrays (numba's typed dicts of arrays): `d[k] =
# np.zeros(3)`, `d[k][j] += x` through the value (a view of the array put
# in), `d[k] = d[k] + x` rebinding the value, `k in d`, `len(d)`, `for k
# in d`, `for k, v in d.items()`, `for v in d.values()`; a missing key
# raises CPython's KeyError.
import numpy as np
from numba import types
from numba.typed import Dict
from pycc import CC

cc = CC('dict_arrays')


@cc.export('buckets', 'f8(i8[:], f8[:])')
def buckets(keys, vals):
    d = {}
    for i in range(len(keys)):
        k = keys[i]
        if k not in d:
            d[k] = np.zeros(3)
        d[k][i % 3] += vals[i]
    total = 0.0
    for k, v in d.items():
        total = total * 3.0 + k * v[0] + 2.0 * v[1] + 5.0 * v[2]
    return total + len(d)


@cc.export('rebind', 'f8(f8[:], i8)')
def rebind(a, n):
    d = {}
    for i in range(n):
        d[i % 2] = a * i
    for i in range(n):
        d[i % 2] = d[i % 2] + a
    s = 0.0
    for k in d:
        s = s * 10.0 + d[k].sum() + k
    for v in d.values():
        s += v[0]
    return s


@cc.export('view', 'f8(f8[:])')
def view(a):
    d = {}
    d[1] = a
    d[1][0] = 42.0
    e = d
    e[2] = a[1:]
    return a[0] + e[2][0] + len(d)


@cc.export('missing', 'f8(f8[:], i8)')
def missing(a, k):
    d = {}
    d[3] = a
    d[5] = a[::2]
    return d[k][0]


@cc.export('matrices', 'f8(f8[:, :], i8)')
def matrices(m, n):
    d = {}
    for i in range(n):
        d[(i, i + 1)] = m * i
    s = 0.0
    for k, v in d.items():
        s += v[k[0] % 2, 1] + k[1]
    return s


@cc.export('declared', 'f8(f8[:], i8)')
def declared(a, n):
    d = Dict.empty(key_type=types.int64, value_type=types.float64[:])
    for i in range(n):
        d[i] = a[i:]
    s = 0.0
    for k, v in d.items():
        v[0] += 1.0
        s += v.sum() * (k + 1)
    return s + a[0]


@cc.export('derived', 'f8(f8[:], i8)')
def derived(a, n):
    d = {}
    for i in range(n):
        d[i] = a[i:]
    e = {k: v * 2.0 for k, v in d.items()}
    xs = [v for v in d.values()]
    t = 0.0
    for i, v in enumerate(e.values()):
        t = t * 3.0 + v[0] + xs[i][-1] * i
    return t


A = np.array([1.0, 2.0, 4.0, 8.0, 16.0])
K = np.array([3, 1, 3, 7, 1, 3, 9], dtype=np.int64)
V = np.array([0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5])
M = np.arange(12.0).reshape(3, 4)

CASES = {
    'buckets': [(K, V), (K[:0], V[:0]), (K[:2], V[:2])],
    'rebind': [(A, 0), (A, 1), (A, 4)],
    'view': [lambda: (A.copy(),)],
    'missing': [(A, 3), (A, 5), (A, 4), (A, -1)],
    'declared': [lambda: (A.copy(), 0), lambda: (A.copy(), 3)],
    'derived': [(A, 0), (A, 4)],
    'matrices': [(M, 0), (M, 3)],
}
