# differential-python: numpy
# Found by fuzz/programs exprtree seed 242: a numpy ufunc of numbers whose
# later argument is computed before the statement (`np.fmin(...)` of float
# numbers is numpy's call) ran that argument first, so `math.cos(inf)`'s
# ValueError came before `7 / 0.0`'s ZeroDivisionError; CPython computes
# the arguments left to right. Seed 295: an int `/` whose left operand
# reads a numpy call's number (`round(np.fmod(c, 1.5)) / k`) computed the
# right operand first, so round(inf)'s OverflowError came before
# round(nan)'s ValueError.
import math
import numpy as np
from pycc import CC

cc = CC('fuzz16_found')


@cc.export('nested_fmin', 'f8(f8, f8)')
def nested_fmin(a, z):
    return float(np.maximum(7 / z, float(np.fmin(math.cos(a), 1.0))))


@cc.export('ufunc_of_fmin', 'f8(f8, f8)')
def ufunc_of_fmin(a, z):
    return np.arctan2(7 / z, np.fmin(math.cos(a), 1.0))


@cc.export('three_args', 'f8(f8, f8)')
def three_args(a, z):
    return np.maximum(7 / z, np.fmax(math.sin(a), 0.5)) + np.fmin(1 / a, math.sqrt(z))


@cc.export('int_truediv_order', 'f8(f8, f8)')
def int_truediv_order(a, c):
    return round(float(np.fmod(c, 1.5))) / int(np.int32(round(a) % 2**32 - 2**31))


@cc.export('int_truediv_arm', 'f8(f8, f8)')
def int_truediv_arm(a, c):
    if a > 0 and round(float(np.fmod(c, 1.5))) / round(a) > 0:
        return 1.0
    return 0.0


CASES = {
    'int_truediv_order': [(math.inf, math.nan), (math.inf, 2.0), (2.0, 2.0), (0.0, 2.0)],
    'int_truediv_arm': [(2.0, 1.0), (-1.0, 1.0)],
    'nested_fmin': [(math.inf, 0.0), (1.0, 0.0), (1.0, 2.0), (math.inf, 2.0)],
    'ufunc_of_fmin': [(math.inf, 0.0), (1.0, 0.0), (0.5, 2.0), (math.inf, 2.0)],
    'three_args': [(math.inf, 0.0), (0.0, 2.0), (0.5, -1.0), (0.5, 2.0)],
}
