# differential-python: numpy
# optional(T[:]) arguments (issue 16): None or an array, `is None` tests
# with flow typing, a None argument replaced by a new array, uses that
# raise as CPython's None does (TypeError, AttributeError for `x.attr`);
# `==` / `in` of an optional number that is None (False, no error); a list
# display stored into an array slice.
import numpy as np
from pycc import CC

cc = CC('optional_arrays')


@cc.export('weighted', 'f8(f8[:], optional(f8[:]))')
def weighted(a, w=None):
    if w is None:
        w = np.ones(a.shape[0])
    return (a * w).sum()


@cc.export('guarded', 'i8(optional(i8[:]))')
def guarded(x):
    if x is not None and x.size > 2:
        return x.size
    return len(x)


@cc.export('first', 'f8(optional(f8[:]), b1)')
def first(x, make):
    if make and x is None:
        x = np.zeros(3)
    # Not proven here: checked before the statement.
    return x[0]


@cc.export('rows', 'i8(optional(f8[:, :]))')
def rows(x):
    return x.shape[0]


@cc.export('scaled', 'f8[:](f8[:], optional(f8[:]), optional(f8))')
def scaled(a, b=None, k=None):
    if k is None:
        k = 2.0
    out = a * k
    if b is not None:
        out = out + b
    return out


@cc.export('cleared', 'i8(optional(i8[:]), i8)')
def cleared(x, n):
    if n < 0:
        x = None
    if x is None:
        return -1
    return x[n]


@cc.export('axis_ok', 'i8(optional(i8))')
def axis_ok(axis):
    assert axis in [0, 1]
    if axis == 0:
        return 10
    if 1 != axis:
        return 30
    return 20


@cc.export('axis_eq', 'b1(optional(i8), i8)')
def axis_eq(axis, v):
    return axis == v or v == axis


@cc.export('tail_set', 'f8[:, :](i8)')
def tail_set(n):
    m = np.zeros((3, n))
    m[-1, -4:] = [0, 1, 2, 3]
    m[0, :2] = [1.5, -2]
    return m


A = np.array([1.0, 2.0, 3.0])
CASES = {
    'weighted': [(A,), (A, None), (A, A), {'kwargs': {'a': A, 'w': None}}, (A, np.array([1.0]))],
    'guarded': [(np.arange(5),), (np.arange(2),), (None,)],
    'first': [(None, True), (A, False), (None, False), (np.array([]), True)],
    'rows': [(np.ones((2, 3)),), (None,)],
    'scaled': [(A,), (A, A), (A, None, 0.5), (A, A, -1.0)],
    'cleared': [(np.arange(4), 2), (np.arange(4), -1), (None, 1), (np.arange(4), 9)],
    'axis_ok': [(0,), (1,), (None,), (2,)],
    'axis_eq': [(None, 0), (3, 3), (3, 4)],
    'tail_set': [(4,), (6,), (3,)],
}
