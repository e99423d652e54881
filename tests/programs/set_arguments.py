# numba's reflected set arguments: the caller's set, changed in place;
# sets passed to helpers by name; sets as an export's result.
# differential-python: numpy
import numpy as np
import numba as nb
from numba.pycc import CC

cc = CC('sets_args')


@cc.export('is_non_empty_intersection', 'boolean(int64[:],Set(int64))')
def is_non_empty_intersection(a, set_b):
    retVal = False
    a = a.ravel()
    for i in range(len(a)):
        if a[i] in set_b:
            retVal = True
            return retVal
    return retVal


def mark(seen, a):
    for x in a:
        seen.add(x)
    return len(seen)


@cc.export('add_all', 'i8(i8[:], Set(int64, reflected=True))')
def add_all(a, s):
    n = mark(s, a)
    s.discard(-1)
    return n


def dfs(v, seen, nxt):
    if v in seen:
        return 0
    seen.add(v)
    return 1 + dfs(nxt[v], seen, nxt)


@cc.export('cycle_len', 'i8(i8[:])')
def cycle_len(nxt):
    seen = set()
    return dfs(0, seen, nxt)


@cc.export('float_set', 'f8(Set(f8))')
def float_set(s):
    t = 0.0
    for x in s:
        t += x
    return t + len(s)


@cc.export('evens', 'Set(int64)(i8)')
def evens(n):
    s = set()
    for i in range(0, n, 2):
        s.add(i)
    return s


@cc.export('common', '(Set(i8), Set(i8))')
def common(a, b):
    return a & b


@cc.export('flags', 'i8(set(b1))')
def flags(s):
    return len(s) + (1 if True in s else 0)


CASES = {
    'is_non_empty_intersection': [(np.array([5, 1, 9]), {9, 10}), (np.array([5, 1, 9]), {2}), (np.array([5]), set()),
                                  (np.array([5]), {np.int64(5)})],
    'add_all': [(np.array([3, -1, 4]), {1, -1}), (np.array([], dtype=np.int64), set())],
    'cycle_len': [(np.array([1, 2, 0, 1]),), (np.array([0]),)],
    'float_set': [({1.5, 2.5},), (set(),), ({1.5, np.float64(2.0)},)],
    'evens': [(7,), (0,)],
    'common': [({1, 2, 3}, {2, 3, 4}), (set(), {1})],
    'flags': [({True, False},), (set(),), ({True},)],
}
