# list(map(f, xs, ...)), list(filter(p, xs)) and list(zip(a, b, ...)) over
# lists, tuples, arrays and ranges: CPython's items in CPython's order.
# differential-python: numpy
import math
import numpy as np
from pycc import CC

cc = CC('map_filter_zip')


def sq(x):
    return x * x


def check(x):
    if x > 100:
        raise ValueError("too big")
    return x + 1


@cc.export('mapped', 'i8(i8)')
def mapped(n):
    xs = [i - 2 for i in range(n)]
    ys = list(map(sq, xs))
    zs = list(map(lambda a, b: a * 10 + b, xs, ys))
    return sum(ys) * 1000 + sum(zs) + len(zs)


@cc.export('mapped_math', 'f8(f8[:])')
def mapped_math(a):
    r = list(map(math.sqrt, a))
    return sum(r)


@cc.export('filtered', 'i8(i8)')
def filtered(n):
    xs = [(i * 7) % 5 - 1 for i in range(n)]
    ev = list(filter(lambda x: x % 2 == 0, xs))
    nz = list(filter(None, xs))
    return len(ev) * 10000 + sum(ev) * 100 + len(nz)


@cc.export('zipped', 'i8(i8)')
def zipped(n):
    xs = [i for i in range(n)]
    ys = [2 * i for i in range(n + 1)]
    t = (5, 6, 7)
    p = list(zip(xs, ys, t))
    s = 0
    for a, b, c in p:
        s = s * 7 + a + b * c
    return s * 10 + len(p)


@cc.export('raising', 'i8(i8)')
def raising(n):
    xs = [i * 30 for i in range(n)]
    return sum(list(map(check, xs)))


N = (0, 1, 3, 6)

CASES = {
    'mapped': [(n,) for n in N],
    'mapped_math': [(np.arange(5.0),), (np.zeros(0),), (np.array([-1.0, 4.0]),)],
    'filtered': [(n,) for n in N],
    'zipped': [(n,) for n in N],
    'raising': [(n,) for n in N],
}
