# differential-python: numpy
# Functions that return None on some paths and a number on others (numba's
# Optional return), called from other functions: `r = f(...)` then
# `r is None`; a read of a None result where a number is needed raises
# numba's TypeError.
import math

import numpy as np
from pycc import CC


def njit(*args, **kwargs):
    # numba's decorator, as a no-op under CPython (pycc reads it statically).
    if len(args) == 1 and callable(args[0]):
        return args[0]
    return lambda f: f


cc = CC('optional_returns')


@njit
def find(a, x):
    for i in range(a.shape[0]):
        if a[i] == x:
            return i
    return None


@njit
def first_neg(a):
    for i in range(a.shape[0]):
        if a[i] < 0:
            return a[i]


@njit
def safe_log(x):
    if x <= 0.0:
        return None
    return math.log(x)


@njit
def pick(flag, x):
    r = None
    if flag:
        r = x * 2
    return r


@njit
def chain(a, x):
    i = find(a, x)
    if i is None:
        return None
    return i + 1


@cc.export('index_or', 'i8(f8[:], f8)')
def index_or(a, x):
    r = find(a, x)
    if r is None:
        return -1
    return r


@cc.export('neg_or_nan', 'f8(f8[:])')
def neg_or_nan(a):
    v = first_neg(a)
    if v is not None:
        return v
    return math.nan


@cc.export('log_sum', 'f8(f8[:])')
def log_sum(a):
    s = 0.0
    for x in a:
        v = safe_log(x)
        if v is None:
            continue
        s += v
    return s


@cc.export('count_found', 'i8(f8[:], f8[:])')
def count_found(a, xs):
    n = 0
    for x in xs:
        i = find(a, x)
        if i is not None and i > 0:
            n += i
    return n


@cc.export('unchecked', 'f8(f8)')
def unchecked(x):
    v = safe_log(x)
    return v * 2.0


@cc.export('picked', 'i8(b1, i8)')
def picked(flag, x):
    r = pick(flag, x)
    if r is None:
        return 0
    return r


@cc.export('chained', 'i8(f8[:], f8)')
def chained(a, x):
    j = chain(a, x)
    if j is None:
        return -7
    return j


@cc.export('maybe', '(f8[:], f8)')
def maybe(a, x):
    i = find(a, x)
    return i


@cc.export('rebound', 'f8(f8[:])')
def rebound(a):
    best = 0.0
    v = safe_log(a[0])
    k = 1
    while v is not None and k < a.shape[0]:
        best += v
        v = safe_log(a[k])
        k += 1
    return best


@njit
def wrapped(a, x):
    return find(a, x)


@njit
def never(x):
    if x > 100.0:
        return x
    return None


@cc.export('wrapped_or', 'i8(f8[:], f8)')
def wrapped_or(a, x):
    j = wrapped(a, x)
    if j is None:
        return -1
    return j * 10


@cc.export('tested_inline', 'b1(f8[:], f8)')
def tested_inline(a, x):
    return find(a, x) is None


@cc.export('tested_not', 'i8(f8[:], f8[:])')
def tested_not(a, xs):
    n = 0
    for x in xs:
        if find(a, x) is not None:
            n += 1
    return n


@cc.export('statement_call', 'f8(f8)')
def statement_call(x):
    never(x)
    r = never(x)
    if r is None:
        return -1.0
    return r


@cc.export('returns_call', '(f8[:], f8)')
def returns_call(a, x):
    return find(a, x)


@cc.export('float_target', 'f8(f8[:], f8)')
def float_target(a, x):
    v = 0.5
    v = find(a, x)
    if v is None:
        return -0.5
    return v / 4


def dfs(adj, u, target, seen):
    # Recursive, None when the target is not reachable.
    if u == target:
        return 0
    seen[u] = True
    for v in range(adj.shape[0]):
        if adj[u, v] and not seen[v]:
            d = dfs(adj, v, target, seen)
            if d is not None:
                return d + 1
    return None


@cc.export('path_len', 'i8(b1[:,:], i8, i8)')
def path_len(adj, s, t):
    seen = np.zeros(adj.shape[0], dtype=np.bool_)
    d = dfs(adj, s, t, seen)
    if d is None:
        return -1
    return d


def bsearch(a, x, lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    if a[mid] < x:
        return bsearch(a, x, mid + 1, hi)
    return bsearch(a, x, lo, mid)


@cc.export('bs', 'i8(f8[:], f8)')
def bs(a, x):
    r = bsearch(a, x, 0, a.shape[0])
    return -1 if r is None else r


def scale(x, f=None):
    if f is None:
        return x
    return x * f


@cc.export('scaled', 'f8(f8)')
def scaled(x):
    return scale(x) + scale(x, 3.0)


def safe_inv(x):
    # Every path returns (a try whose body and handler do): not optional.
    try:
        return 1.0 / x
    except ZeroDivisionError:
        return math.inf


@cc.export('inv_of_sum', 'f8(f8[:])')
def inv_of_sum(a):
    s = 0.0
    for r in a:
        s += r
    r = safe_inv(s)
    return r


CASES = {
    'index_or': [(np.array([1.0, 2.0, 3.0]), 2.0), (np.array([1.0, 2.0, 3.0]), 9.0), (np.zeros(0), 1.0)],
    'neg_or_nan': [(np.array([1.0, -2.0, -3.0]),), (np.array([1.0, 2.0]),)],
    'log_sum': [(np.array([1.0, -2.0, 3.0, 0.0, 10.0]),)],
    'count_found': [(np.array([5.0, 6.0, 7.0]), np.array([7.0, 1.0, 6.0, 5.0]))],
    'unchecked': [(2.0,), (-1.0,)],
    'picked': [(True, 21), (False, 21)],
    'chained': [(np.array([1.0, 2.0, 3.0]), 3.0), (np.array([1.0, 2.0, 3.0]), 0.5)],
    'maybe': [(np.array([1.0, 2.0, 3.0]), 3.0), (np.array([1.0, 2.0, 3.0]), 0.5)],
    'wrapped_or': [(np.array([1.0, 2.0, 3.0]), 3.0), (np.array([1.0, 2.0, 3.0]), 0.5)],
    'tested_inline': [(np.array([1.0, 2.0]), 2.0), (np.array([1.0, 2.0]), 7.0)],
    'tested_not': [(np.array([5.0, 6.0, 7.0]), np.array([7.0, 1.0, 6.0, 5.0]))],
    'statement_call': [(1.0,), (101.0,)],
    'returns_call': [(np.array([1.0, 2.0, 3.0]), 3.0), (np.array([1.0, 2.0, 3.0]), 0.5)],
    'float_target': [(np.array([1.0, 2.0, 3.0]), 3.0), (np.array([1.0, 2.0, 3.0]), 0.5)],
    'path_len': [(np.eye(5, k=1, dtype=np.bool_), 0, 3), (np.eye(5, k=1, dtype=np.bool_), 3, 0), (np.eye(5, k=1, dtype=np.bool_), 2, 2)],
    'bs': [(np.arange(10.0), 7.0), (np.arange(10.0), 7.5), (np.zeros(0), 1.0)],
    'scaled': [(2.0,), (-0.5,)],
    'inv_of_sum': [(np.array([1.0, 3.0]),), (np.array([1.0, -1.0]),)],
    'rebound': [(np.array([1.0, 2.0, 3.0, -1.0, 5.0]),), (np.array([2.0, 3.0]),)],
}
