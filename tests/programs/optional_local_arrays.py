# differential-python: numpy
# A local that is None or an array (numba's Optional of an array): `r = None`
# then `if c: r = np.zeros(n)`, tested with `is not None`; and a helper's
# array parameter defaulting to None (`out=None`, then
# `if out is None: out = np.empty_like(a)`), called with and without it.
import numpy as np
from pycc import CC

cc = CC('optional_local_arrays')


@cc.export('maybe_sum', 'f8(f8[:], b1)')
def maybe_sum(a, c):
    r = None
    if c:
        r = np.zeros(a.shape[0])
    s = -1.0
    if r is not None:
        r[0] = 1.0
        r += a
        s = r.sum()
    return s


@cc.export('first_big', 'f8(f8[:], f8)')
def first_big(a, t):
    # Set in a loop: the best row so far, None before the first.
    best = None
    for i in range(a.shape[0]):
        if a[i] > t:
            best = a[i:]
            break
    if best is None:
        return 0.0
    return best[0] + best.size


def doubled(a, out=None):
    if out is None:
        out = np.empty_like(a)
    out[:] = a * 2
    return out


@cc.export('twice', 'f8[:](f8[:])')
def twice(a):
    return doubled(a)


@cc.export('twice_into', 'f8(f8[:], f8[:])')
def twice_into(a, b):
    doubled(a, b)
    return b.sum()


@cc.export('used_none', 'f8(f8[:], b1)')
def used_none(a, c):
    r = None
    if c:
        r = a * 2
    return r[0]


CASES = {
    'maybe_sum': [(np.array([1.0, 2.0, 3.0]), True), (np.array([1.0, 2.0, 3.0]), False)],
    'first_big': [(np.array([1.0, 5.0, 3.0]), 2.0), (np.array([1.0, 5.0, 3.0]), 9.0)],
    'twice': [(np.array([1.0, -2.0]),), (np.array([], dtype=np.float64),)],
    'twice_into': [(np.array([1.0, -2.0]), np.zeros(2))],
    'used_none': [(np.array([1.0, 2.0]), True), (np.array([1.0, 2.0]), False)],
}
