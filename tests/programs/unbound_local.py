# differential-python: numpy
# A variable that some path leaves unassigned (first set inside a loop or an
# `if`, read after it): CPython raises UnboundLocalError where such a read
# runs unset; pycc tests a flag there (in functions that can raise).
import numpy as np
from pycc import CC

cc = CC('unbound_local')


@cc.export('last_double', 'i8(i8[:])')
def last_double(a):
    for i in range(len(a)):
        j = a[i] * 2
    return j


@cc.export('positive_plus', 'f8(f8[:])')
def positive_plus(x):
    if x[0] > 0:
        y = x[0] + 1.0
    return y


@cc.export('last_row', 'f8[:](i8)')
def last_row(n):
    for i in range(n):
        a = np.ones(3) * i
    return a + 1.0


@cc.export('prev_sum', 'f8(f8[:])')
def prev_sum(a):
    s = 0.0
    for i in range(len(a)):
        if i > 0:
            s += prev
        prev = a[i]
    return s


@cc.export('first_neg', 'i8(i8[:])')
def first_neg(a):
    i = 0
    while i < len(a):
        if a[i] < 0:
            k = i
            break
        i += 1
    return k


@cc.export('pair_after', 'i8(i8[:], i8)')
def pair_after(a, t):
    for v in a:
        if v > t:
            lo, hi = v - t, v + t
    return lo * 1000 + hi


@cc.export('nested', 'i8(i8[:], i8)')
def nested(a, m):
    total = 0
    for i in range(len(a)):
        for j in range(m):
            last = a[i] * 10 + j
        total += last
    return total


# Functions that cannot raise otherwise (no division, no indexing, no
# allocation): the unset read gives them an error flag, and their callers.
@cc.export('last', 'i8(i8)')
def last(n):
    for i in range(n):
        found = i * 2
    return found


@cc.export('gdd', 'f8(i4,f8,f8)')
def gdd(method, tmax, tmin):
    if method == 1:
        g = (tmax + tmin) / 2
    elif method == 2:
        g = max(tmax, tmin)
    return g


@cc.export('pick', 'f8[:](f8[:], b1)')
def pick(a, flag):
    if flag:
        b = a
    return b


def helper_unset(n):
    if n > 0:
        v = n + 1
    return v


@cc.export('calls_unset', 'i8(i8)')
def calls_unset(n):
    return helper_unset(n) * 3


CASES = {
    'last': [(0,), (4,)],
    'gdd': [(1, 30.0, 10.0), (2, 30.0, 10.0), (3, 30.0, 10.0)],
    'pick': [(np.arange(3.0), True), (np.arange(3.0), False)],
    'calls_unset': [(2,), (0,)],
    'last_double': [(np.arange(0),), (np.arange(3),), (np.array([-4]),)],
    'positive_plus': [(np.array([1.0]),), (np.array([-1.0]),)],
    'last_row': [(0,), (2,)],
    'prev_sum': [(np.array([1.0, 2.0, 3.0]),), (np.zeros(0),)],
    'first_neg': [(np.array([3, 1, -2, -5]),), (np.array([1, 2]),)],
    'pair_after': [(np.array([1, 5, 9, 2]), 4), (np.array([1, 2]), 4)],
    'nested': [(np.arange(3), 2), (np.arange(2), 0), (np.arange(0), 0)],
}
