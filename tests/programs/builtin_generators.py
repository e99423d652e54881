# differential-python: numpy
# any()/all() of generator expressions, comprehensions, lists, arrays and
# dict views (stopping at the first deciding item, as CPython: a later item
# that would raise is never computed), nested generators with conditions,
# and sum()/min()/max() of generator expressions and of d.values()/d.keys().
import numpy as np
from pycc import CC

cc = CC('builtin_generators_prog')


@cc.export('any_pos', 'b1(f8[:])')
def any_pos(a):
    return any(x > 0 for x in a)


@cc.export('all_pos', 'b1(i8[:])')
def all_pos(a):
    return all(x > 0 for x in a)


@cc.export('stops_early', 'b1(i8[:])')
def stops_early(a):
    # CPython stops at the first x with 10 // x > 2: a later 0 never divides.
    return any(10 // int(a[i]) > 2 for i in range(len(a)))


@cc.export('all_stops', 'b1(i8[:])')
def all_stops(a):
    return all(10 // int(a[i]) > 2 for i in range(len(a)))


@cc.export('pairs', 'i8(i8[:], i8)')
def pairs(a, t):
    n = len(a)
    if any(a[i] + a[j] == t for i in range(n) for j in range(i + 1, n) if i != j):
        return 1
    return 0


@cc.export('all_list', 'b1(i8)')
def all_list(n):
    xs = [i * i for i in range(n)]
    evens = all([x % 2 == 0 for x in xs])
    return all(xs) and not evens


@cc.export('any_array', 'i8(f8[:])')
def any_array(a):
    return any(a) + all(a) * 10


@cc.export('dict_views', 'i8(i8)')
def dict_views(n):
    d = {}
    for i in range(n):
        d[i] = i * 3 % 7
    return max(d.values()) + sum(d.values()) + min(d.keys()) + any(v > 5 for v in d.values())


@cc.export('gen_sums', 'f8(f8[:])')
def gen_sums(a):
    s = sum(x * x for x in a if x > 0)
    lo = min(x - 1.0 for x in a)
    hi = max(abs(x) for x in a)
    return s + lo * 100.0 + hi * 10000.0


@cc.export('nested_all', 'b1(i8[:, :])')
def nested_all(m):
    return all(m[i, j] >= 0 for i in range(m.shape[0]) for j in range(m.shape[1]))


@cc.export('and_any', 'b1(i8[:], i8)')
def and_any(a, n):
    return n > 0 and any(10 // x > n for x in a)


@cc.export('or_all', 'i8(i8[:], i8)')
def or_all(a, n):
    ok = n < 0 or all(x != 0 and 10 // x > n for x in a)
    if n == 5 or any(x == n for x in a):
        return 2 + ok
    return int(ok)


CASES = {
    'and_any': [(np.array([0], dtype=np.int64), 0), (np.array([1, 0], dtype=np.int64), 3),
                (np.array([5, 2], dtype=np.int64), 3)],
    'or_all': [(np.array([0], dtype=np.int64), -1), (np.array([1, 0], dtype=np.int64), 3),
               (np.array([5, 2], dtype=np.int64), 5), (np.array([2, 3], dtype=np.int64), 3)],
    'any_pos': [(np.array([-1.0, 0.0, 2.0]),), (np.array([-1.0, -0.0]),), (np.array([]),), (np.array([np.nan]),)],
    'all_pos': [(np.array([1, 2, 3], dtype=np.int64),), (np.array([1, 0, 3], dtype=np.int64),),
                (np.array([], dtype=np.int64),)],
    'stops_early': [(np.array([1, 0], dtype=np.int64),), (np.array([5, 0], dtype=np.int64),),
                    (np.array([5, 4], dtype=np.int64),)],
    'all_stops': [(np.array([5, 0], dtype=np.int64),), (np.array([1, 0], dtype=np.int64),),
                  (np.array([1, 2], dtype=np.int64),)],
    'pairs': [(np.array([1, 4, 6, 3], dtype=np.int64), 9), (np.array([1, 4, 6, 3], dtype=np.int64), 2),
              (np.array([], dtype=np.int64), 0)],
    'all_list': [(0,), (1,), (4,)],
    'any_array': [(np.array([0.0, 0.0]),), (np.array([0.0, 1.5]),), (np.array([2.0, 1.5]),), (np.array([]),)],
    'dict_views': [(1,), (10,), (3,)],
    'gen_sums': [(np.array([-1.0, 2.0, 3.0]),), (np.array([0.5]),)],
    'nested_all': [(np.array([[1, 2], [3, 4]], dtype=np.int64),), (np.array([[1, 2], [-3, 4]], dtype=np.int64),),
                   (np.zeros((0, 3), dtype=np.int64),)],
}
