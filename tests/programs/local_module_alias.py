# differential-python: numpy
# A function-local alias of an imported module (`t = nb`, `t = np`, as
# CSparse's numba ports write it): numba reads `t` as the module, so
# `dtype=t.int32`, `t.int32(x)` and `t.empty(...)` are the module's own names.
import math

import numba as nb
import numpy as np
from pycc import CC

cc = CC('local_module_alias')


@cc.export('counts', 'i4[:](i8)')
def counts(n):
    t = np
    w = np.zeros(n, dtype=t.int32)
    for i in range(n):
        w[i] = i * 3
    return w


@cc.export('wrapped', 'i8(i8)')
def wrapped(x):
    t = nb
    return t.int32(x) * 2


@cc.export('scaled', 'f8[:](f8[:], f8)')
def scaled(a, k):
    t = np
    out = t.empty(len(a), dtype=t.float64)
    for i in range(len(a)):
        out[i] = a[i] * k
    return out + t.sum(a)


# corpus14's list display spreading arrays (an ice-growth model), once in
# the diagnostics beside `t = nb`.
@cc.export('spread_rows', 'f8[:](f8[:], f8[:])')
def spread_rows(a, b):
    return np.reshape(np.array([[*a], [*b]]), 2 * len(a))


@cc.export('hyp', 'f8(f8, f8)')
def hyp(x, y):
    m = math
    return m.sqrt(x * x + y * y) + m.pi


CASES = {
    'counts': [(0,), (4,)],
    'scaled': [(np.arange(3.0), 2.0), (np.zeros(0), 1.5)],
    'wrapped': [(3,), (2**31 + 5,)],
    'spread_rows': [(np.arange(3.0), np.ones(3))],
    'hyp': [(3.0, 4.0), (0.0, 0.0)],
}
