# differential-python: numpy
# `np.abs(z)` / `np.absolute(z)` of a complex number (a complex128
# argument, a Python complex the body makes, an element of a complex
# array) is numpy's absolute loop, whose formula (the larger part times
# sqrt(1 + ratio**2)) differs from CPython's hypot in the last bit for about
# a third of values; `abs(z)` stays CPython's (a numpy complex128 element's
# abs() is npy_hypot, the same value).
import math
import random

import numpy as np
from pycc import CC

cc = CC("fuzz11_complex_abs")


@cc.export("of_arg", "(c16,)")
def of_arg(z):
    return np.abs(z), abs(z), np.absolute(z * 2.0)


@cc.export("of_made", "(f8,)")
def of_made(x):
    w = complex(x, 2.0)
    return np.abs(w), abs(w), np.abs(w - 1j * x) + 1.0


@cc.export("of_element", "(c16[:],)")
def of_element(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += np.abs(a[i]) * (i + 1)
    return np.abs(a[0]), abs(a[1]), s


R = random.Random(11)
Z = [complex(R.uniform(-10, 10) * 10.0 ** R.randint(-5, 5), R.uniform(-10, 10) * 10.0 ** R.randint(-5, 5)) for _ in range(24)]
SPECIAL = [complex(math.inf, math.nan), complex(math.nan, 1.0), complex(-0.0, -0.0), 1e308 + 1e308j, 3e-310 + 1e-320j, complex(1.0, -math.inf)]
CASES = {
    "of_arg": [(z,) for z in Z + SPECIAL],
    "of_made": [(0.3,), (-7.1,), (1e200,), (math.nan,), (2.0,)],
    "of_element": [(np.array(Z[:8]),), (np.array(Z[8:10] + SPECIAL),)],
}
