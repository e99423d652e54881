# differential-python: numpy
# File-level functions named like builtins shadow them, as in CPython.
from numba.pycc import CC
import numpy as np
cc = CC("builtin_shadow")

def sorted(a):
    return a * 2

def min(a, b):
    return a + b

def len(x):
    return 7

def abs(x):
    return x - 1

def sum(a, b, c):
    return a * b * c

@cc.export('f', 'i8(i8)')
def f(x):
    return sorted(x) + min(x, 3) + len(x) + abs(x) + sum(x, 2, 3)

@cc.export('g', 'i8(i8)')
def g(x):
    y = sorted(x)
    z = min(x, 1)
    return y + z

@cc.export('h', 'f8(f8[:])')
def h(a):
    return len(a) + 0.5

def helper(n):
    # The builtins themselves are not the file's functions here.
    xs = [3, 1, 2]
    ys = [v for v in xs]
    ys.sort()
    return ys[0] * 100 + n


@cc.export('k', 'i8(i8)')
def k(n):
    sorted = n + 1  # a local binds the name: neither the file's nor the builtin
    return sorted + helper(n)


CASES = {'f': [(1,), (5,)], 'g': [(2,)], 'h': [(np.zeros(3),)], 'k': [(4,)]}
