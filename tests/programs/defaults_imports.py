# differential-python: numpy
# Default parameter values for arguments the signature leaves out (numba's
# Omitted: the body starts with the default assigned), in exports and
# helpers; names imported from math (`from math import sqrt, pi`) and
# `import numpy as numpy` (issue 16 item 4).
from math import sqrt, pi, floor as fl
import numpy as numpy
from pycc import CC

cc = CC('defaults_imports')


@cc.export('scaled', 'f8(f8)')
@cc.export('scaled2', 'f8(f8, f8)')
@cc.export('scaled3', 'f8(f8, f8, i8)')
def scaled(x, y=2.0, k=3):
    return x * y + k


def helper(n, step=1, bias=-0.5):
    s = 0.0
    for i in range(0, n, step):
        s += i + bias
    return s


@cc.export('uses_helper', 'f8(i8)')
def uses_helper(n):
    return helper(n) + helper(n, 3) + helper(n, 2, 0.25)


@cc.export('imported', 'f8(f8)')
def imported(x):
    return sqrt(abs(x)) + pi + fl(x) + numpy.sqrt(x * x)


CASES = {
    'scaled': [(1.5,), (-0.0,), (float('inf'),)],
    'scaled2': [(1.5, 4.0), (2.0, -0.5)],
    'scaled3': [(1.5, 4.0, -7)],
    'uses_helper': [(0,), (1,), (10,), (101,)],
    'imported': [(0.0,), (-2.25,), (1e10,), (float('inf'),)],
}
