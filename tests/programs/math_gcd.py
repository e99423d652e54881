# differential-python: numpy
# math.gcd and math.lcm (from `from math import gcd` and `math.gcd`): signs,
# zeros, int64 extremes that fit, bools, an lcm built on gcd, gcd/lcm inside
# expressions, conditions, returns and arguments, n-ary forms and int32s.
import math
from math import gcd

import numpy as np
from pycc import CC

cc = CC('math_gcd_prog')


@cc.export('g', 'i8(i8, i8)')
def g(a, b):
    r = gcd(a, b)
    return r


@cc.export('lcm_all', 'i8(i8[:])')
def lcm_all(xs):
    acc = 1
    for x in xs:
        d = math.gcd(acc, x)
        if d == 0:
            return 0
        acc = acc // d * x
    return acc


@cc.export('g_bool', 'i8(b1, i8)')
def g_bool(t, b):
    r = gcd(t, b)
    return r


@cc.export('lcm_expr', 'i8(i8, i8)')
def lcm_expr(a, b):
    return a * b // math.gcd(a, b) if a and b else 0


@cc.export('coprime_count', 'i8(i8)')
def coprime_count(n):
    c = 0
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if gcd(i, j) == 1:
                c += 1
    return c


@cc.export('gcd_all', 'i8(i8[:])')
def gcd_all(xs):
    g = 0
    for x in xs:
        g = gcd(g, x)
    return g + math.gcd() + math.gcd(-5) * 0


@cc.export('nary', 'Tuple((i8, i8, i8, i8))(i8, i8, i8)')
def nary(a, b, c):
    return math.gcd(a, b, c), math.lcm(a, b, c), math.lcm(), math.lcm(a)


@cc.export('small', 'i4(i4, i4)')
def small(a, b):
    return gcd(a, b) + math.lcm(a, b) * 0


@cc.export('reduce_frac', 'UniTuple(i8, 2)(i8, i8)')
def reduce_frac(p, q):
    d = math.gcd(p, q)
    if q < 0:
        d = -d
    return p // d, q // d


CASES = {
    'lcm_expr': [(4, 6), (-4, 6), (0, 5), (7, 13), (2**31, 2**31 + 2)],
    'coprime_count': [(1,), (10,), (30,)],
    'gcd_all': [(np.array([12, 18, -30], dtype=np.int64),), (np.array([], dtype=np.int64),),
                (np.array([0, 0], dtype=np.int64),), (np.array([-7], dtype=np.int64),)],
    'nary': [(12, 18, 27), (0, 0, 0), (-4, 6, 10), (5, 0, 3)],
    'small': [(12, 18), (-2147483648 + 8, 4), (0, 0)],
    'reduce_frac': [(6, -4), (3, 9), (-10, 4)],
    'g': [(12, 18), (-12, 18), (12, -18), (0, 0), (0, -7), (-7, 0), (2**62, 2**40), (9223372036854775807, 7),
          (17, 5), (1, 1)],
    'lcm_all': [(np.array([4, 6, 10], dtype=np.int64),), (np.array([0, 3], dtype=np.int64),),
                (np.array([-4, 6], dtype=np.int64),), (np.array([], dtype=np.int64),)],
    'g_bool': [(True, 6), (False, -6)],
}
