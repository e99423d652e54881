# An export whose signature leaves the return type out (numba infers it),
# called by exports declared before and after it; module-level constants
# computed by math (`LN10 = log(10)`), as fast-fisher-style modules write.
import math
from math import exp, log
from pycc import CC

cc = CC('export_calls_export')

LN10 = log(10)
TWO_PI = 2 * math.pi
ROOT2 = math.sqrt(2)
E2 = exp(2.0)


@cc.export('first', '(i8, i8)')
def first(a, b):
    r = tails(a, b)
    return r[0] / LN10, r[1] * TWO_PI


@cc.export('tails', '(i8, i8)')
def tails(a, b):
    if a > b:
        raise ValueError('a > b')
    if a == b:
        return 0., 0.
    return log(b - a), a * ROOT2


@cc.export('last', 'f8(i8, i8)')
def last(a, b):
    x, y = tails(a, b)
    return x + y + E2


@cc.export('chain', '(i8)')
def chain(n):
    return middle(n) + 1


@cc.export('middle', '(i8)')
def middle(n):
    return inner(n) * 2


@cc.export('inner', '(i8)')
def inner(n):
    return n - 3


CASES = {
    'first': [(1, 5), (2, 2), (3, 1)],
    'tails': [(1, 5), (4, 4), (6, 1)],
    'last': [(1, 5), (2, 2), (3, 1)],
    'chain': [(10,), (-4,)],
    'middle': [(7,)],
    'inner': [(0,)],
}
