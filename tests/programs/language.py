# The everyday statements of numba code (issue 16 item 4): `return None`, bare
# returns and falling off the end of void functions, `is None` folded, expression
# statements and docstrings anywhere, chained assignment, tuple and subscript
# targets, enumerate / zip / reversed(range) / numba.prange loops.
import math
from array import array

import numba
import numba as nb
from numba import prange
from pycc import CC

cc = CC('language_prog')


@cc.export('ret_none', 'void(f8)')
def ret_none(x):
    """A docstring."""
    if x > 0:
        return None
    y = x + 1.0
    "a string statement in the middle"
    if y > 5:
        return


@cc.export('ret_none_none', 'none(i8)')
def ret_none_none(n):
    s = 0
    for i in range(n):
        s += i


@cc.export('infer_none', '(f8,)')
def infer_none(x):
    return None


@cc.export('is_none', 'i8(f8, i8)')
def is_none(x, n):
    r = 0
    if x is None:
        r += 1
    if x is not None:
        r += 10
    if None is n:
        r += 100
    if None is None:
        r += 1000
    return r


@cc.export('effects', 'f8(f8)')
def effects(x):
    math.sin(x)
    x + 1.0
    abs(x)
    1.5
    return x * 2.0


@cc.export('chain', 'f8(f8)')
def chain(x):
    a = b = x + 1.0
    c = d = e = 2
    a += 1.0
    return a * 100.0 + b * 10.0 + c + d + e


@cc.export('swap', 'f8(f8, f8)')
def swap(a, b):
    a, b = b, a
    [p, q] = a, b
    p, q = q, p
    return a * 10.0 - b + p - q


@cc.export('subs', 'f8(f8[:])')
def subs(a):
    a[0], a[1] = a[1], a[0]
    a[2] = x = 5.0
    i, a[3] = 1, 7.5
    return a[0] * 1000.0 + a[1] * 100.0 + a[2] * 10.0 + a[3] + x + i


@cc.export('enum', 'f8(f8[:])')
def enum(a):
    s = 0.0
    for i, x in enumerate(a):
        s += i * x
    for i, x in enumerate(a, 3):
        if i == 4:
            continue
        s = s * 1.5 + i * x
    return s


@cc.export('enum_range', 'i8(i8)')
def enum_range(n):
    s = 0
    for i, j in enumerate(range(2, n, 3)):
        s = s * 7 + i * j
        if s > 10000:
            break
    else:
        s += 1
    return s


@cc.export('zipped', 'f8(f8[:], f8[:])')
def zipped(a, b):
    s = 0.0
    for x, y in zip(a, b):
        s = s * 0.5 + x * y
    for k, (x, y) in enumerate(zip(a, b[1:])):
        s += k * (x - y)
    return s


@cc.export('rev', 'i8(i8, i8)')
def rev(a, b):
    s = 0
    for i in reversed(range(a)):
        s = (s * 3 + i) % 1000003
    for i in reversed(range(a, b)):
        s = (s * 3 + i) % 1000003
    for i in reversed(range(a, b, 2)):
        s = (s * 3 + i) % 1000003
    for i in reversed(range(b, a * 2, -3)):
        s = (s * 3 + i) % 1000003
    return s


@cc.export('par', 'f8(f8[:])')
def par(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    for i in numba.prange(2):
        s += i
    for i in nb.prange(1, 3):
        s += i
    return s


def f64(xs):
    return memoryview(array('d', xs))


V = [1.5, -2.0, 3.25, 0.0, 7.0]
CASES = {
    'ret_none': [(1.0,), (-1.0,), (10.0,), (float('nan'),)],
    'ret_none_none': [(0,), (5,)],
    'infer_none': [(2.0,)],
    'is_none': [(1.0, 2), (float('nan'), -1)],
    'effects': [(0.5,), (float('inf'),), (float('nan'),), (-0.0,)],
    'chain': [(1.0,), (-3.5,)],
    'swap': [(1.0, 2.0), (-0.0, 0.0)],
    'subs': [lambda: (f64(V),), lambda: (f64([1.0, 2.0]),)],
    'enum': [(f64(V),), (f64([]),), (f64(V)[::-2],)],
    'enum_range': [(0,), (3,), (20,), (100,), (10000,)],
    'zipped': [(f64(V), f64(V[::-1])), (f64(V), f64(V[:2])), (f64([]), f64(V)), (f64(V[:1]), f64(V))],
    'rev': [(0, 0), (5, 9), (9, 5), (-3, 4), (4, -3), (7, 30), (-10, -2), (2, -10)],
    'par': [(f64(V),), (f64([]),)],
}
