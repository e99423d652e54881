# differential-python: numpy
# math.fsum of a 1-d array (a parameter, a view, an array expression):
# CPython's exactly rounded sum, its special values and its errors
# (OverflowError "intermediate overflow in fsum", ValueError "-inf + inf").
import math
import numpy as np
from pycc import CC

cc = CC('math_fsum_prog')


@cc.export('fsum_', 'f8(f8[:])')
def fsum_(a):
    return math.fsum(a)


@cc.export('fsum_views', 'f8(f8[:])')
def fsum_views(a):
    return math.fsum(a[::-1]) - math.fsum(a[1::2]) + math.fsum(a * 0.1)


@cc.export('fsum_ints', 'f8(i8[:], f4[:])')
def fsum_ints(a, b):
    return math.fsum(a) + math.fsum(b)


@cc.export('fsum_vs_sum', 'b1(f8[:])')
def fsum_vs_sum(a):
    return math.fsum(a) == np.sum(a)


INF, NAN = float('inf'), float('nan')
CASES = {
    'fsum_': [(np.array(v),) for v in (
        [], [0.0], [-0.0], [-0.0, -0.0], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [0.1] * 10,
        [1e308, 1e308, -1e308], [1e308, 1e308], [INF, 1.0], [INF, -INF], [NAN, 1.0], [INF, NAN],
        [-INF, -INF, 2.0], [1e-16, 1.0, 1e16], [2.0 ** 53, -0.5, -2.0 ** -54], [5e-324, 5e-324, -1e-320])],
    'fsum_views': [(np.arange(n) * 0.37 - 1.1,) for n in (0, 1, 2, 7, 100)],
    'fsum_ints': [(np.array([1, 2, 3, 2 ** 60, -2 ** 60]), np.array([0.1, 0.2], dtype=np.float32)),
                  (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))],
    'fsum_vs_sum': [(np.array([0.1] * 10),), (np.array([1.0, 2.0]),)],
}
