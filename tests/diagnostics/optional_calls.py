# A function that can return None (numba's Optional return) and otherwise a
# number is called (tests/programs/optional_returns.py); one that returns an
# array or a tuple on its other paths is a diagnostic (issue 16).
import numpy as np
from pycc import CC

cc = CC('optional_calls')


def positives(a):
    if a.shape[0] == 0:
        return None
    return a[a > 0]


def pair(x):
    if x > 0:
        return x, x * 2.0
    return None


@cc.export('count_pos', 'i8(f8[:])')
def count_pos(a):
    positives(a)
    return 0


@cc.export('first_of_pair', 'f8(f8)')
def first_of_pair(x):
    pair(x)
    return 0.0
