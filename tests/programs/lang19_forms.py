# Issue 16's everyday forms (lang19): a float returned where the signature
# declares an int (numba's cast: toward zero, int()'s errors for nan and
# inf); heapq.nsmallest / nlargest of lists of numbers and tuples; generator
# functions with default parameter values (by position, keyword or left
# out); an export calling an export that returns `a.tolist()`.
# differential-python: numpy
import heapq
from heapq import nlargest
import math
import numpy as np
from pycc import CC

cc = CC('lang19_forms')


@cc.export('trunc', 'i8(f8)')
def trunc(x):
    return x * 1.5


@cc.export('trunc_branches', 'i4(f8, i8)')
def trunc_branches(x, k):
    if k > 0:
        return k
    return math.sqrt(x) if x > 0 else x - 0.5


@cc.export('trunc_pair', 'UniTuple(i8, 2)(f8)')
def trunc_pair(x):
    return x / 3.0, x


@cc.export('small_ints', 'i8(i8, i8)')
def small_ints(n, k):
    lst = [(i * 37) % 11 - 4 for i in range(n)]
    s = heapq.nsmallest(k, lst)
    acc = len(s)
    for v in s:
        acc = acc * 13 + v
    return acc


@cc.export('large_ints', 'i8(i8, i8)')
def large_ints(n, k):
    lst = [(i * 29) % 17 for i in range(n)]
    acc = 0
    for v in nlargest(k, lst):
        acc = acc * 19 + v
    top = heapq.nlargest(k, lst)
    return acc * 100 + len(top)


@cc.export('floats_sum', 'f8(i8, i8)')
def floats_sum(n, k):
    xs = [math.sin(i * 0.7) for i in range(n)]
    lo = sum(heapq.nsmallest(k, xs))
    hi = sum(heapq.nlargest(k, xs))
    return lo - hi * 0.5


@cc.export('first_small', 'f8(i8)')
def first_small(n):
    xs = [float((i * 7) % 5) - 0.25 * i for i in range(n)]
    return heapq.nsmallest(2, xs)[0]


@cc.export('tuples', 'i8(i8, i8)')
def tuples(n, k):
    items = [((i * 5) % 4, -i) for i in range(n)]
    lo = heapq.nsmallest(k, items)
    hi = heapq.nlargest(k, items)
    acc = 0
    for a, b in lo:
        acc = acc * 7 + a * 3 + b
    for a, b in hi:
        acc = acc * 5 + a - b
    return acc


@cc.export('small_list', '(i8, i8)')
def small_list(n, k):
    lst = [(i * 13) % 7 for i in range(n)]
    return heapq.nsmallest(k, lst)


def stepped(n, step=2, start=0):
    i = start
    while i < n:
        yield i
        i += step


def scaled(xs, scale=1.5):
    for x in xs:
        yield x * scale


@cc.export('gen_defaults', 'i8(i8)')
def gen_defaults(n):
    s = 0
    for v in stepped(n):
        s += v
    for v in stepped(n, 3):
        s = s * 3 + v
    for v in stepped(n, start=1):
        s = s * 5 + v
    for v in stepped(n, start=2, step=4):
        s = s * 7 + v
    return s % 1000000007


@cc.export('gen_float_default', 'f8(f8[:])')
def gen_float_default(a):
    t = 0.0
    for y in scaled(a):
        t += y
    for y in scaled(a, -0.5):
        t += y * y
    return t


@cc.export('gen_sum_default', 'i8(i8)')
def gen_sum_default(n):
    return sum(stepped(n)) + max(stepped(n, 5))


@cc.export('as_list', '(i8,)')
def as_list(n):
    a = np.arange(n) * 3
    return a.tolist()


@cc.export('from_list', 'i8(i8)')
def from_list(n):
    xs = as_list(n)
    return len(xs) * 1000 + xs[-1] + sum(xs)


def floats_of(a):
    return a.tolist()


@cc.export('helper_tolist', 'f8(f8[:])')
def helper_tolist(a):
    xs = floats_of(a)
    ys = (a * 2.0).tolist()
    return xs[0] + ys[-1] + len(ys)


@cc.export('dict_argmin', 'i8(i8)')
def dict_argmin(n):
    d = {i: (i * 7) % 5 - (i % 3) for i in range(n)}
    lo = min(d, key=d.get)
    hi = max(d, key=d.get)
    order = sorted(d, key=d.get, reverse=True)
    return lo * 10000 + hi * 100 + order[0]


@cc.export('dict_sorted_views', 'f8(i8)')
def dict_sorted_views(n):
    d = {}
    for i in range(n):
        d[(i * 5) % 7] = i * 0.5
    items = sorted(d.items())
    vals = sorted(d.values(), reverse=True)
    keys = list(d.keys())
    vs = list(d.values())
    acc = 0.0
    for k, v in items:
        acc = acc * 3.0 + k + v
    return acc + vals[0] * 1000.0 + keys[0] + vs[-1] * 7.0 + len(keys)


@cc.export('doubled', '(f8[:],)')
def doubled(a):
    return (a * 2.0).tolist()


@cc.export('calls_doubled', '(f8[:],)')
def calls_doubled(a):
    return doubled(a)


CASES = {
    'trunc': [(1.0,), (-2.5,), (0.3,), (-0.3,), (6.0e18,), (7.0e18,), (-6.1e18,), (1e300,), (math.nan,), (math.inf,), (-math.inf,)],
    'trunc_branches': [(9.0, 0), (10.0, 0), (-3.25, 0), (0.0, 0), (2.0, 5), (3.0e9, 0), (-5.0e9, 0), (math.nan, 0), (-math.inf, 0)],
    'trunc_pair': [(10.0,), (-7.5,), (0.0,), (math.nan,), (math.inf,)],
    'small_ints': [(20, 3), (20, 0), (20, -2), (5, 9), (0, 3), (1, 1), (12, 1)],
    'large_ints': [(20, 3), (20, 0), (20, -1), (4, 10), (0, 2), (30, 1)],
    'floats_sum': [(30, 4), (5, 10), (0, 2), (10, -3)],
    'first_small': [(9,), (1,), (0,)],
    'tuples': [(12, 3), (12, 0), (3, 8), (0, 1)],
    'small_list': [(10, 4), (10, 0), (3, 5), (10, -1)],
    'gen_defaults': [(0,), (1,), (10,), (23,)],
    'gen_float_default': [(np.array([1.0, -2.0, 0.5]),), (np.zeros(0),)],
    'gen_sum_default': [(11,), (1,), (0,)],
    'as_list': [(4,), (0,), (1,)],
    'from_list': [(5,), (1,), (0,)],
    'dict_argmin': [(9,), (1,), (0,)],
    'dict_sorted_views': [(10,), (1,), (0,)],
    'doubled': [(np.array([1.0, 2.5]),)],
    'calls_doubled': [(np.array([1.0, -2.5, 4.0]),), (np.zeros(0),)],
    'helper_tolist': [(np.array([1.5, 2.5, -1.0]),), (np.zeros(0),)],
}
