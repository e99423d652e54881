# differential-python: numpy
# math.gcd of two ints (from `from math import gcd` and `math.gcd`): signs,
# zeros, int64 extremes that fit, bools, and an lcm built on it.
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


CASES = {
    'g': [(12, 18), (-12, 18), (12, -18), (0, 0), (0, -7), (-7, 0), (2**62, 2**40), (9223372036854775807, 7),
          (17, 5), (1, 1)],
    'lcm_all': [(np.array([4, 6, 10], dtype=np.int64),), (np.array([0, 3], dtype=np.int64),),
                (np.array([-4, 6], dtype=np.int64),), (np.array([], dtype=np.int64),)],
    'g_bool': [(True, 6), (False, -6)],
}
