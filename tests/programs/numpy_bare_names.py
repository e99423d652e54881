# differential-python: numpy
# Names imported from numpy used bare: `from numpy import zeros, int_` and
# `from numpy import *` (which, as in CPython, replaces the builtins numpy
# exports: `max` is numpy.max, `abs` numpy.abs); the file's own names and
# a function's locals shadow numpy's (issue 16: abc_dp_grid).
from numpy import *
from numpy import sqrt as root, float32
from math import floor
from pycc import CC

cc = CC('numpy_bare_names')
e = 3  # the file's constant, not numpy.e


def sign(x):  # the file's function, not numpy.sign
    return 1.0 if x > 0 else -1.0


@cc.export('grid', 'i8(i8)')
def grid(n):
    c = zeros((3, n), int_)
    for i in range(n):
        c[1, i] = i * i
        c[2, i] = -i
    return c.sum() + sum(c[1, :]) + max(c[2, :]) + min(c[1, :])


@cc.export('reductions', 'f8(f8[:])')
def reductions(a):
    return max(a) + min(a) + root(abs(a[0])) + float32(a[0]) + pi + mean(a)


@cc.export('shadowed', 'f8(f8)')
def shadowed(x):
    inf = 2.0  # a local, not numpy.inf
    return sign(x) * e + inf + floor(x) + exp(0.5 * x)


@cc.export('ufuncs', 'f8(f8)')
def ufuncs(x):
    return sin(x) + arctan2(x, 1.0) + float64(x) + hypot(x, 2.0)


@cc.export('filled', 'f8[:](i8, f8)')
def filled(n, v):
    a = full(n, v)
    b = ones(n)
    return a + b * arange(n)


CASES = {
    'grid': [(1,), (5,), (40,)],
    'reductions': [(array([-4.0, 2.0]),), (array([0.5]),), (array([1e308, -1e308, 3.0]),), (array([nan, 1.0]),)],
    'shadowed': [(0.0,), (-2.5,), (3.25,), (1e3,), (-1e3,)],
    'ufuncs': [(0.0,), (-0.0,), (1.5,), (-1e300,)],
    'filled': [(0, 1.0), (4, -0.5)],
}
