# Builtins over a tuple as CPython computes them: `x in (1, 2, 3)`,
# `x not in t`, min/max/sum of a tuple variable or an array's shape,
# np.prod/np.sum of a shape, np.array/np.asarray of a shape or a tuple variable.
# differential-python: numpy
import math
import numpy as np
from pycc import CC

cc = CC('tuple_builtins')


@cc.export('in_display', 'i8(i8)')
def in_display(x):
    r = 0
    if x in (1, 2, 3):
        r += 1
    if x not in (2, 4):
        r += 10
    if -x in (-1, 7):
        r += 100
    return r


@cc.export('in_floats', 'i8(f8, f8, i8)')
def in_floats(x, y, k):
    # int items compare with a float by value; x is found as itself (nan too).
    return (x in (y, 1.5, k)) * 1 + (x in (x, 2.0)) * 10 + (y in (x,)) * 100 + (x not in (y, k)) * 1000


@cc.export('in_var', 'i8(i8, i8, i8)')
def in_var(a, b, c):
    t = (a, b, 5)
    n = 0
    for v in range(7):
        if v in t:
            n += 1
    return n + (c in t) * 100


@cc.export('in_str', 'i8(unicode_type)')
def in_str(s):
    return 1 if s in ('ab', 'cd') else 0


@cc.export('reduce_var', 'f8(f8, f8, i8)')
def reduce_var(a, b, k):
    t = (a, b, 0.5)
    u = (k, -k)
    return min(t) + max(t) * 2 + sum(t) + sum(u) + max(u) + sum(t, 10.0)


@cc.export('sum_signed_zero', 'f8(f8)')
def sum_signed_zero(z):
    t = (z,)
    return math.copysign(1.0, sum(t))


@cc.export('shape_math', 'i8(f8[:, :, :])')
def shape_math(a):
    return min(a.shape) + max(a.shape) * 10 + sum(a.shape) * 100 + np.prod(a.shape) * 1000 + np.sum(a.shape)


@cc.export('shape_array', 'Tuple((i8[:], f8[:], i4[:]))(f8[:, :, :], f8)')
def shape_array(a, x):
    t = (x, 2, x * 3)
    return np.array(a.shape), np.asarray(t), np.array(a.shape, np.int32)


@cc.export('bools', 'i8(b1, b1)')
def bools(p, q):
    t = (p, q, True)
    return sum(t) + max(t) + (p in (q,))


CASES = {
    'in_display': [(x,) for x in (-1, 0, 1, 2, 3, 4, 5, -7)],
    'in_floats': [(1.5, 0.0, 2), (2.0, 0.0, 2), (float('nan'), 1.0, 0), (0.0, -0.0, 0), (3.0, 3.0, 1), (7.0, 1.0, 7)],
    'in_var': [(0, 1, 0), (2, 2, 5), (9, 10, 9), (-1, 6, 6)],
    'in_str': [('ab',), ('cd',), ('abc',), ('',)],
    'reduce_var': [(1.0, 2.0, 3), (-1.0, float('nan'), 0), (float('inf'), -float('inf'), 2), (-0.0, 0.0, -4)],
    'sum_signed_zero': [(-0.0,), (0.0,), (-2.5,)],
    'shape_array': [(np.zeros((2, 3, 4)), 1.5), (np.zeros((0, 1, 7)), -0.0)],
    'shape_math': [(np.zeros((2, 3, 4)),), (np.zeros((5, 1, 2)),), (np.zeros((0, 3, 1)),)],
    'bools': [(True, False), (False, False), (True, True)],
}
