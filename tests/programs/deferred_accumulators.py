# Deferred float checks that an accumulator stands for (analysis/deferral.rs
# `Sticky`): `s += x ** 3`, `s -= math.log(x)`, `s *= ...` keep `s` inf or
# nan once a checked result was, so the deferred run looks at `s` once a
# chunk and at each raise that cannot wait, instead of or-ing each result
# into the flag. Which exception wins must stay CPython's: a power that
# overflows in the same statement before an IndexError, an accumulator that
# is reset in a branch (no longer one), inf and nan that are no error
# (`s` overflowing by itself, an inf input), float32 accumulators, nested
# loops and int parts. (`float(a[i])`: an element itself is a numpy scalar
# in CPython, whose `**` gives inf with a warning; see the README's
# deviations.)
# differential-python: numpy
import math

import numpy as np
from numba.pycc import CC

cc = CC('deferred_accumulators')


@cc.export('pow_then_index', 'f8(f8[:], i8)')
def pow_then_index(a, k):
    # The power at i overflows in the statement whose a[i + 1] is out of
    # bounds: CPython's OverflowError comes first.
    s = 0.0
    for i in range(k):
        s += float(a[i]) ** 400 + a[i + 1]
    return s


@cc.export('index_then_pow', 'f8(f8[:], i8)')
def index_then_pow(a, k):
    s = 0.0
    for i in range(k):
        s += a[i + 1] + float(a[i]) ** 400
    return s


@cc.export('log_sum', 'f8(f8[:], i8)')
def log_sum(a, n):
    s = 0.0
    for i in range(n):
        s -= math.log(a[i % a.shape[0]]) * 0.5
    return s


@cc.export('product', 'f8(i8, f8)')
def product(n, x):
    p = 1.0
    for i in range(n):
        p *= math.exp(x * i) - math.sqrt(i)
    return p


@cc.export('overflow_alone', 'f8(i8, f8)')
def overflow_alone(n, x):
    # s overflows with no error in Python; the checked rerun agrees.
    s = 0.0
    for i in range(n):
        s += x * x ** 2
    return s


@cc.export('reset', 'f8(i8, f8)')
def reset(n, x):
    # `s = 0.0` in a branch: not an accumulator, its checks are the flag's.
    s = 0.0
    for i in range(n):
        s += (x * i) ** 3
        if i % 5 == 4:
            s = 0.0
    return s


@cc.export('inputs', 'f8(f8[:])')
def inputs(a):
    # An inf or nan input makes s inf or nan with no error.
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] ** 2 + math.exp(a[i])
    return s


@cc.export('single', 'f4(f4[:], i8)')
def single(a, n):
    s = np.float32(0.0)
    for i in range(n):
        s += np.float32(a[i % a.shape[0]] ** 3)
    return s


@cc.export('nested', 'f8(i8, i8, f8)')
def nested(n, m, x):
    s = 0.0
    for i in range(n):
        for j in range(m):
            s += (x * (i + j)) ** 5
    return s


@cc.export('two', '(i8, f8)')
def two(n, x):
    s = 0.0
    t = 1.0
    for i in range(n):
        s += x ** i
        t *= math.cosh(x * i)
    return s, t


@cc.export('int_part', 'f8(i8, i8)')
def int_part(n, k):
    s = 0.0
    for i in range(n):
        s += float(i // k) ** 200
    return s


BIG = np.array([1.0, 2.0, 1e3, 4.0])
CASES = {
    'pow_then_index': [(BIG, 2), (BIG, 3), (BIG, 4), (np.array([1.0, 2.0, 1e3]), 3), (np.array([1.0, 2.0]), 2), (np.array([1.0, 2.0]), 1)],
    'index_then_pow': [(BIG, 2), (BIG, 3), (np.array([1.0, 2.0]), 2), (np.array([1e3, 2.0]), 2)],
    'log_sum': [(np.array([1.0, 2.0, 3.0]), 10), (np.array([1.0, 0.0]), 5), (np.array([1.0, -2.0]), 9000),
                (np.array([2.0]), 10000), (np.array([float('nan')]), 3)],
    'product': [(10, 0.5), (100, 10.0), (5000, 0.2), (3, float('inf'))],
    'overflow_alone': [(10, 1e103), (10, 1e102), (5000, 1.5)],
    'reset': [(20, 1.5), (20, 1e103), (9000, 1e-3)],
    'inputs': [(np.array([1.0, 2.0]),), (np.array([float('inf'), 2.0]),), (np.array([float('nan')]),),
               (np.array([1e200, 1.0]),), (np.array([800.0]),), (np.array([-float('inf')]),)],
    'single': [(np.array([1.5, 2.0], np.float32), 10), (np.array([1e13, 2.0], np.float32), 3),
               (np.array([3e38], np.float32), 1)],
    'nested': [(10, 10, 0.5), (10, 10, 1e61), (100, 100, 1e-3)],
    'two': [(10, 1.5), (1000, 0.9), (800, 1.5), (3, 1000.0)],
    'int_part': [(10, 3), (10, 0), (10000, 4000)],
}
