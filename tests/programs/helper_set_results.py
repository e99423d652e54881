# differential-python: numpy
# A helper returning a set (issue 16): `s = make_set(a)` is the helper's
# set object, used as any set of the body (len, in, add, iteration,
# operators) and returned from an export; sets of tuples too.
import numpy as np
from pycc import CC

cc = CC('helper_set_results')


def make_set(a):
    s = set()
    for x in a:
        s.add(x)
    return s


def pairs(a):
    return {(a[i], a[i + 1]) for i in range(len(a) - 1)}


@cc.export('count_distinct', '(i8[:],)')
def count_distinct(a):
    s = make_set(a)
    s.add(100)
    return len(s), 3 in s


@cc.export('common', '(f8[:], f8[:])')
def common(a, b):
    both = make_set(a) & make_set(b)
    total = 0.0
    for x in both:
        total += x
    return total


def int_set(a):
    s = set()
    for x in a:
        s.add(int(x))
    return s


@cc.export('distinct', '(i8[:],)')
def distinct(a):
    return int_set(a)


@cc.export('pair_count', '(i8[:],)')
def pair_count(a):
    p = pairs(a)
    return len(p), (1, 2) in p


I = np.array([3, 1, 2, 3, 1, 2], dtype=np.int64)
A = np.array([1.5, -2.0, 3.25, 0.5])
CASES = {
    'count_distinct': [(I,), (I[:0],)],
    'common': [(A, A[1:]), (A, -A)],
    'distinct': [(I,), (I[:0],)],
    'pair_count': [(I,), (I[:1],)],
}
