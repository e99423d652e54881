# differential-python: numpy
# None as numba types it (issue 16): variables that may be None (numba's
# Optional), `is None` / `is not None` with flow typing, `b=None`
# defaults, Optional returns (Python None) and optional(T) arguments.
import numpy as np
from pycc import CC

cc = CC('optional')


@cc.export('scale', 'f8(f8)')
def scale(a, b=None):
    if b is None:
        b = 2.0
    return a * b


@cc.export('scale_opt', 'f8(f8, optional(f8))')
def scale_opt(a, b=None):
    if b is None:
        b = 2.0
    return a * b


@cc.export('add_opt', 'f8(f8, optional(f8))')
def add_opt(a, b):
    # A None `b` is a TypeError here, as CPython's `a + None`.
    return a + b


@cc.export('smallest_positive', 'f8(f8[:])')
def smallest_positive(xs):
    best = None
    for i in range(xs.shape[0]):
        if xs[i] > 0 and (best is None or xs[i] < best):
            best = xs[i]
    if best is None:
        return -1.0
    return best


@cc.export('find', '(f8[:], f8)')
def find(xs, v):
    for i in range(xs.shape[0]):
        if xs[i] == v:
            return i
    return None


@cc.export('half', 'optional(f8)(f8)')
def half(x):
    if x < 0:
        return None
    return x / 2


@cc.export('falls_off', '(i8,)')
def falls_off(n):
    if n > 0:
        return n * 3


@cc.export('largest', '(f8[:],)')
def largest(xs):
    best = None
    for i in range(xs.shape[0]):
        if best is None or xs[i] > best:
            best = xs[i]
    return best


@cc.export('count_set', 'i8(optional(i4), optional(b1), optional(u1))')
def count_set(a, b, c):
    k = 0
    if a is not None:
        k += a
    if b is not None and b:
        k += 100
    if not (c is None):
        k += 1000 * c
    return k


@cc.export('truthy', 'i8(i8)')
def truthy(n):
    x = None
    if n > 0:
        x = n - 1
    if x:
        return 1
    return 0


@cc.export('pick', 'f8(b1, f8)')
def pick(flag, v):
    y = None
    if flag:
        y = v
    return y + 1.0 if y is not None else -1.0


@cc.export('early_exit', 'f8(f8[:])')
def early_exit(xs):
    first = None
    for i in range(xs.shape[0]):
        if xs[i] < 0:
            first = xs[i]
            break
    if first is None:
        return 0.0
    return first * 10


@cc.export('reset', 'i8(i8)')
def reset(n):
    acc = None
    total = 0
    for i in range(n):
        if acc is None:
            acc = i
        else:
            total += acc * i
            acc = None
    return total


@cc.export('ident', 'optional(f8)(optional(f8))')
def ident(x):
    return x


@cc.export('assert_set', 'i8(optional(i8))')
def assert_set(x):
    assert x is not None
    return x + 1


@cc.export('while_set', 'i8(i8)')
def while_set(n):
    x = None
    k = 0
    while x is None or x < n:
        x = k * k
        k += 1
    return x


@cc.export('param_cleared', '(f8,)')
def param_cleared(x):
    if x < 0:
        x = None
    if x is None:
        return -1.0
    return x + 0.5


@cc.export('loop_else', '(i8,)')
def loop_else(n):
    x = None
    for i in range(n):
        x = i * 2
    else:
        if x is None:
            return -1
    return x


@cc.export('copied', '(f8[:],)')
def copied(xs):
    best = None
    for i in range(xs.shape[0]):
        if best is None or xs[i] > best:
            best = xs[i]
    result = best
    if result is not None:
        result = result * 2
    return result


CASES = {
    'scale': [(3.0,), (-1.5,)],
    'scale_opt': [(3.0,), (3.0, None), (3.0, 5.0), (1.0, 7), {'kwargs': {'a': 1.0, 'b': None}},
                  {'args': (1.0,), 'kwargs': {'b': 0.25}}],
    'add_opt': [(1.0, 2.0), (1.0, None), (1.0, float('nan'))],
    'smallest_positive': [(np.array([-1.0, 3.0, 2.0, 5.0]),), (np.array([-1.0]),), (np.array([]),)],
    'find': [(np.array([1.0, 2.0, 3.0]), 2.0), (np.array([1.0]), 7.0), (np.array([]), 0.0)],
    'half': [(4.0,), (-1.0,), (0.0,), (float('nan'),)],
    'falls_off': [(0,), (5,), (-2,)],
    'largest': [(np.array([]),), (np.array([1.0, 3.0, 2.0]),), (np.array([-0.5]),)],
    'count_set': [(None, None, None), (5, True, 2), (None, False, None), (-7, None, 255), (1, 0, 0)],
    'truthy': [(0,), (1,), (2,), (-3,)],
    'pick': [(True, 2.0), (False, 2.0)],
    'early_exit': [(np.array([1.0, -2.0, -3.0]),), (np.array([1.0]),)],
    'reset': [(0,), (1,), (5,), (10,)],
    'ident': [(None,), (2.5,), (-0.0,)],
    'assert_set': [(None,), (41,)],
    'while_set': [(0,), (1,), (10,), (50,)],
    'param_cleared': [(1.0,), (-1.0,), (0.0,)],
    'loop_else': [(0,), (1,), (4,)],
    'copied': [(np.array([]),), (np.array([1.5, -2.0]),)],
}
