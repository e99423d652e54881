# differential-python: numpy
# `v = d.get(k)` without a default on a dict of arrays (issue 16): `v` is
# an optional array local (numba's Optional(array)), narrowed by
# `is None` / `is not None`; a use where it may be None raises numba's
# TypeError, as its cast of an Optional.
import numpy as np
from pycc import CC

cc = CC('dict_arrays_get_none')


@cc.export('get_array', '(i8, i8)')
def get_array(n, k):
    d = {}
    for j in range(n):
        d[j] = np.zeros(3) + j
    v = d.get(k)
    if v is None:
        return 0.0
    return v[0] + v.sum()


@cc.export('get_not_none', 'f8(f8[:], i8)')
def get_not_none(a, k):
    d = {}
    d[1] = a
    d[2] = a * 2.0
    v = d.get(k)
    total = 0.0
    if v is not None:
        v[0] = -1.0
        total = v.sum()
    return total + a[0]


@cc.export('get_refill', 'f8(f8[:], i8)')
def get_refill(a, k):
    d = {}
    d[0] = a[:2]
    v = d.get(k)
    if v is None:
        v = np.ones(5)
    return v.sum() + len(v)


@cc.export('get_unchecked', 'f8(f8[:], i8)')
def get_unchecked(a, k):
    d = {}
    d[3] = a
    v = d.get(k)
    return v.sum()


A = np.array([1.5, -2.0, 3.25, 0.5])
CASES = {
    'get_array': [(4, 2), (4, 9), (0, 0)],
    'get_not_none': [lambda: (A.copy(), 1), lambda: (A.copy(), 2), lambda: (A.copy(), 7)],
    'get_refill': [(A, 0), (A, 1)],
    'get_unchecked': [(A, 3), (A, 4)],
}
