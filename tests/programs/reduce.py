# functools.reduce(f, xs[, initial]) as CPython's loop: acc = f(acc, x) in
# order, from initial or the first item; TypeError when empty without one.
# differential-python: numpy
import functools
from functools import reduce

import numpy as np
from pycc import CC

cc = CC('reduce')


def mul(a, b):
    return a * b


@cc.export('total', 'i8(i8)')
def total(n):
    xs = [i + 1 for i in range(n)]
    return functools.reduce(lambda a, b: a + b, xs, 0)


@cc.export('product', 'i8(i8)')
def product(n):
    xs = [i + 1 for i in range(n)]
    p = reduce(mul, xs)
    return p


@cc.export('order', 'i8(i8)')
def order(n):
    xs = [(i * 7) % 10 for i in range(n)]
    return reduce(lambda acc, d: acc * 10 + d, xs, 1)


@cc.export('floats', 'f8(f8[:])')
def floats(a):
    m = reduce(lambda x, y: x if x > y else y, a)
    return m


@cc.export('tuple_items', 'i8(i8)')
def tuple_items(n):
    t = (n, 3, 5)
    return reduce(lambda a, b: a - b, t)


@cc.export('over_range', 'i8(i8, i8)')
def over_range(n, step):
    r = reduce(lambda a, b: a * 3 - b, range(1, n, step))
    return r


N = (0, 1, 2, 5)

CASES = {
    'total': [(n,) for n in N],
    'product': [(n,) for n in N],
    'order': [(n,) for n in N],
    'floats': [(np.array([1.0, 3.5, -2.0]),), (np.zeros(0),), (np.array([float('nan'), 1.0]),)],
    'tuple_items': [(n,) for n in N],
    'over_range': [(5, 1), (9, 3), (1, 1), (5, 0)],
}
