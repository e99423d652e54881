# Float error checks in pure `for ... in range` loops run deferred (one
# flag over the whole loop, then a checked rerun when it is set): the
# exception, its message and which one wins must still be CPython's,
# including against raises that stay branches (IndexError, int(nan)),
# after a `break`, inside `try`, in nested loops, and for inf or nan
# inputs that only look like errors to the flag.
# differential-python: numpy
import math

import numpy as np
from numba.pycc import CC

cc = CC('deferred_checks')


@cc.export('pow_sum', 'f8(i8, f8)')
def pow_sum(n, scale):
    s = 0.0
    for i in range(n):
        x = i * scale
        s += x ** 2 + 3 * x ** 3 + x ** 4
    return s


@cc.export('first_error', 'f8(i8, i8, i8)')
def first_error(n, bad_log, bad_exp):
    # A ValueError at i == bad_log, an OverflowError at i == bad_exp.
    s = 0.0
    for i in range(n):
        s += math.log(1.0 if i != bad_log else -1.0)
        s += math.exp(1.0 if i != bad_exp else 1000.0)
    return s


@cc.export('against_index', 'f8(f8[:], i8, f8)')
def against_index(a, n, v):
    # sqrt fails once i > v; the read fails once i >= len(a).
    s = 0.0
    for i in range(n):
        s += math.sqrt(v - i)
        s += a[i]
    return s


@cc.export('against_int', 'i8(i8, i8)')
def against_int(n, k):
    # i == k: x ** 0.5 of a negative is a ValueError, then int(nan) would be.
    t = 0
    for i in range(n):
        x = (i - k) * 1.0 if i == k else 1.0 * i
        y = (x - 0.5) ** 0.5 if i == k else x
        t += int(y * 0.0 + x if i != k else math.sqrt(x - 1.0))
    return t


@cc.export('after_break', 'f8(i8, i8)')
def after_break(n, stop):
    s = 0.0
    for i in range(n):
        if i == stop:
            break
        s += math.log(stop - i - 0.5)
    return s


@cc.export('caught', 'f8(i8, f8)')
def caught(n, scale):
    try:
        s = 0.0
        for i in range(n):
            s += (i * scale) ** 3
        return s
    except OverflowError:
        return -1.0


@cc.export('nested', 'f8(i8, i8, i8)')
def nested(n, bi, bj):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += math.sqrt(-1.0 if i == bi and j == bj else i + j + 0.0)
    return s


@cc.export('divide', 'f8(i8, i8)')
def divide(n, k):
    s = 0.0
    for i in range(n):
        s += 1.0 / (i - k) if i != k + 1 else 0.0
    return s


@cc.export('through_inf', 'f8(f8[:])')
def through_inf(a):
    # inf and nan elements are not errors: the checked rerun raises nothing.
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] ** 2 + math.exp(a[i])
    return s


@cc.export('skip', 'f8(i8, f8)')
def skip(n, scale):
    s = 0.0
    for i in range(n):
        if i % 3 == 0:
            continue
        s += (i * scale) ** 4 - math.cos(i * scale)
    return s


@cc.export('floor_mod', 'f8(i8, i8)')
def floor_mod(n, k):
    s = 0.0
    for i in range(n):
        s += (i + 0.5) // (i - k) + (i + 0.5) % (i - k + 0.25)
    return s


CASES = {
    'pow_sum': [(1000, 0.001), (50, 1e100), (0, 1.0), (7, -3.5e80)],
    'first_error': [(10, 3, 6), (10, 6, 3), (10, 11, 12), (10, 4, 4)],
    'against_index': [
        (np.array([1.0, 2.0, 3.0]), 5, 1.5),
        (np.array([1.0, 2.0, 3.0]), 5, 10.0),
        (np.array([1.0, 2.0, 3.0]), 3, 10.0),
        (np.array([1.0, 2.0]), 5, 1.0),
    ],
    'against_int': [(6, 3), (6, 9)],
    'after_break': [(10, 4), (10, 20)],
    'caught': [(100, 1e100), (100, 0.5)],
    'nested': [(4, 2, 1), (4, 9, 9)],
    'divide': [(10, 4), (10, -3)],
    'through_inf': [
        (np.array([1.0, float('inf'), 2.0]),),
        (np.array([float('nan'), 0.5]),),
        (np.array([-float('inf'), 3.0]),),
        (np.array([1000.0, 1.0]),),
        (np.array([1e200, 1.0]),),
    ],
    'skip': [(20, 0.25), (20, 1e90)],
    'floor_mod': [(6, 2), (6, 10)],
}
