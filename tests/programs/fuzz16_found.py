# differential-python: numpy
# Found by fuzz/programs exprtree seed 242: a numpy ufunc of numbers whose
# later argument is computed before the statement (`np.fmin(...)` of float
# numbers is numpy's call) ran that argument first, so `math.cos(inf)`'s
# ValueError came before `7 / 0.0`'s ZeroDivisionError; CPython computes
# the arguments left to right.
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


CASES = {
    'nested_fmin': [(math.inf, 0.0), (1.0, 0.0), (1.0, 2.0), (math.inf, 2.0)],
    'ufunc_of_fmin': [(math.inf, 0.0), (1.0, 0.0), (0.5, 2.0), (math.inf, 2.0)],
    'three_args': [(math.inf, 0.0), (0.0, 2.0), (0.5, -1.0), (0.5, 2.0)],
}
