# differential-python: numpy
# Sets of numbers in compiled bodies (numba's reflected sets; each one a
# CPython set, so iteration order, pop() order and errors are CPython's):
# set(), displays, set(iterable), comprehensions, add/discard/remove/pop/
# clear/copy/update, in, len, truth, iteration (and its RuntimeError on a
# change of size), sorted/list/min/max/sum, the operators and methods, and
# sets of tuples of numbers, and list.copy().
import numpy as np
from pycc import CC

cc = CC('sets_prog')


@cc.export('basic', 'i8(i8)')
def basic(n):
    s = set()
    for i in range(n):
        s.add((i * 37) % 11)
    t = 0
    for x in s:
        t = t * 13 + x
    return t * 100 + len(s)


@cc.export('readd_order', 'i8(i8)')
def readd_order(n):
    # Dummies left by discard, then re-adds and a resize: CPython's order.
    s = set()
    for i in range(n):
        s.add(i * 9 - 40)
    for i in range(0, n, 3):
        s.discard(i * 9 - 40)
    for i in range(0, n, 2):
        s.add(i * 9 - 40)
    s.add(-1)
    t = 0
    for x in s:
        t = (t * 31 + x) % 1000000007
    return t


@cc.export('big_ints', 'f8(i8)')
def big_ints(n):
    # Hashes mod 2**61 - 1: these collide with small ints; -1 hashes as -2.
    s = {5, 3, 1000000, -1, -2, 2**61, 2**61 - 1, 2**61 + 4, 2**62 + 1}
    s.discard(3)
    s.add(3)
    s.add(n)
    acc = 0.0
    for x in s:
        acc = acc * 0.5 + x
    y = s.pop()
    return acc + y


@cc.export('pop_order', 'i8(i8)')
def pop_order(n):
    s = set(range(n, 0, -3))
    s.add(1000)
    s.add(64)
    t = 0
    while s:
        t = (t * 7 + s.pop()) % 1000003
    return t


@cc.export('pop_empty', 'i8(i8)')
def pop_empty(n):
    s = set(range(n))
    t = 0
    while s:
        t = t * 3 + s.pop()
    s.pop()
    return t


@cc.export('remove_missing', 'i8(i8)')
def remove_missing(x):
    s = {1, 2, 3}
    s.remove(x)
    return len(s)


@cc.export('remove_float', 'f8(f8)')
def remove_float(x):
    s = {0.5, 1.5}
    s.remove(x)
    return sum(s)


@cc.export('floats', 'f8(f8)')
def floats(z):
    # -0.0 and 0.0 are one item (the first kept); 0.5 and 2.0**60 collide.
    s = {0.0, z, -0.0, 1.5, 2.5, 2.0**60, 0.5, float('inf')}
    s.add(z * 2)
    acc = 0.0
    for x in s:
        acc = acc * 3.0 + x
    return acc + min(s) * 7.0


@cc.export('first_zero', 'f8(f8)')
def first_zero(z):
    s = {z, 0.0, -0.0}
    return s.pop()


@cc.export('nans', 'i8(f8)')
def nans(x):
    # Each nan made here is a new object, so never equal to another.
    s = set()
    for i in range(3):
        s.add(x - x)
    s.add(1.0)
    return len(s)


@cc.export('bools', 'i8(i8)')
def bools(n):
    s = {True, False, n > 3}
    s.discard(n > 5)
    t = 0
    for b in s:
        t = t * 10 + (2 if b else 1)
    return t * 10 + sum(s) + len(s)


@cc.export('from_array', 'f8[:](i8[:])')
def from_array(a):
    s = set(a)
    return np.array(sorted(s)) * 1.0


@cc.export('from_array_order', 'i8(i8[:])')
def from_array_order(a):
    s = set(a)
    t = 0
    for x in s:
        t = t * 17 + x
    return t


@cc.export('to_list', 'i8(i8[:])')
def to_list(a):
    s = {x % 13 for x in a}
    l = list(s)
    r = sorted(s, reverse=True)
    t = 0
    for i, x in enumerate(s):
        t = t * 5 + i * x
    return t + l[0] * 1000 + r[0] * 100000 + len(np.array(list(s)))


@cc.export('float_set_array', 'f8[:](f8[:])')
def float_set_array(a):
    s = {x * 0.5 for x in a}
    return np.array(list(s))


@cc.export('comp', 'i8(i8[:])')
def comp(a):
    s = {x % 7 for x in a if x > 2}
    l = list(s)
    return len(l) * 1000 + sum(s) + min(s) * 10 + max(s) * 100


@cc.export('reductions_empty', 'i8(i8)')
def reductions_empty(n):
    s = set(range(n))
    return min(s)


@cc.export('float_sum', 'f8(f8[:])')
def float_sum(a):
    s = set()
    for x in a:
        s.add(x)
    return sum(s)


@cc.export('ops', 'i8(i8)')
def ops(n):
    a = set(range(n))
    b = {1, 2, 3, 50}
    c = a | b
    d = a & b
    e = a - b
    f = a ^ b
    r = len(c) + 10 * len(d) + 100 * len(e) + 1000 * len(f)
    if d <= a:
        r += 7
    if a.issubset(c):
        r += 70
    if a == a.copy():
        r += 700
    if 50 in c and 51 not in c:
        r += 7000
    if not set():
        r += 70000
    if d < b:
        r += 700000
    if c >= b and c != a:
        r += 7000000
    if a.isdisjoint(b) or b.issuperset(d):
        r += 70000000
    return r


@cc.export('op_order', 'i8(i8)')
def op_order(n):
    a = set(range(n, 3 * n))
    b = set(range(0, 4 * n, 3))
    t = 0
    for x in a.union(b):
        t = (t * 7 + x) % 1000003
    for x in a.intersection(b):
        t = (t * 7 + x) % 1000003
    for x in b.difference(a):
        t = (t * 7 + x) % 1000003
    for x in a.symmetric_difference(b):
        t = (t * 7 + x) % 1000003
    for x in b - a:
        t = (t * 7 + x) % 1000003
    return t


@cc.export('updates', 'i8(i8)')
def updates(n):
    s = {1, 2}
    s.update({5, 6, 7})
    s.update([n, n + 1])
    s.update(range(3))
    s |= {100}
    s -= {6}
    s &= set(range(50))
    s ^= {2, 40}
    t = 0
    for x in s:
        t = t * 11 + x
    u = s.copy()
    s.clear()
    u.difference_update({1})
    u.intersection_update(set(range(10)))
    u.symmetric_difference_update({9})
    return t * 1000 + len(s) * 100 + len(u)


@cc.export('changed_size', 'i8(i8)')
def changed_size(n):
    s = {1, 2, 3}
    t = 0
    for x in s:
        t += x
        if x == n:
            s.add(10)
    return t


@cc.export('for_else', 'i8(i8)')
def for_else(n):
    s = set(range(5))
    t = 0
    for x in s:
        if x == n:
            break
        if x == 1:
            continue
        t += x
    else:
        t += 100
    return t


@cc.export('resize', 'i8(i8)')
def resize(n):
    s = set()
    for i in range(n):
        s.add(i * 1000003 % 9973)
    for i in range(0, n, 2):
        s.discard(i * 1000003 % 9973)
    t = 0
    for x in s:
        t = (t * 3 + x) % 1000000007
    return t * 100 + len(s) % 100


@cc.export('widen', 'f8(i8)')
def widen(n):
    s = set()
    s.add(n)
    s.add(0.5)
    return sum(s)


@cc.export('list_copy', 'i8(i8)')
def list_copy(n):
    lst = [1, 2, n]
    m = lst.copy()
    m.append(4)
    m[0] = 9
    return len(m) * 100 + len(lst) * 10 + lst[0]


@cc.export('grid', 'i8(i8)')
def grid(n):
    seen = set()
    for i in range(n):
        for j in range(n):
            if (i * j) % 3 != 1:
                seen.add((i % 4, j))
    seen.discard((0, 0))
    t = 0
    for a, b in seen:
        t = (t * 7 + a * 10 + b) % 1000003
    for p in seen:
        t = (t * 3 + p[0]) % 1000003
    if (1, 2) in seen:
        t += 1
    if (1, 2.5) not in seen:
        t += 10
    s2 = {(1, 2), (3, 4)}
    u = seen | s2
    return t * 1000 + len(u)


@cc.export('tsorted', 'f8(i8)')
def tsorted(n):
    s = {(i % 3, i * 0.5) for i in range(n)}
    l = sorted(s)
    acc = 0.0
    for a, b in l:
        acc = acc * 2 + a + b
    return acc


@cc.export('tremove', 'i8(i8)')
def tremove(k):
    s = {(1, 2), (3, 4)}
    s.remove((k, k + 1))
    s.pop()
    return len(s)


def count_distinct(a):
    s = set()
    for x in a:
        s.add(x)
    return len(s)


def reachable(n, k):
    seen = {0}
    stack = [0]
    while stack:
        u = stack.pop()
        nxt = [(u * 2) % n, (u + k) % n]
        for v in nxt:
            if v not in seen:
                seen.add(v)
                stack.append(v)
    return len(seen)


@cc.export('distinct', 'i8(i8[:], i8)')
def distinct(a, k):
    return count_distinct(a) * 1000 + reachable(len(a) + 5, k)


CASES = {
    'basic': [(0,), (5,), (20,), (200,)],
    'readd_order': [(0,), (7,), (40,), (300,)],
    'big_ints': [(7,), (0,), (2**61 - 1,), (-2,), (-1,), (2**61 - 2,)],
    'pop_order': [(0,), (10,), (100,)],
    'pop_empty': [(0,), (4,)],
    'remove_missing': [(1,), (2,), (5,)],
    'remove_float': [(0.5,), (2.0,)],
    'floats': [(0.0,), (-0.0,), (3.0,), (float('nan'),), (1.5,), (float('-inf'),)],
    'first_zero': [(0.0,), (-0.0,)],
    'nans': [(float('inf'),), (1.0,)],
    'bools': [(0,), (4,), (6,)],
    'from_array': [lambda: (np.array([5, 3, 5, 1, -7, 3]),), lambda: (np.array([], dtype=np.int64),)],
    'from_array_order': [lambda: (np.array([40, 8, 16, 3, 8, -5, 2**40]),)],
    'to_list': [lambda: (np.array([5, 9, 13, 2, 1, 40, 27]),)],
    'float_set_array': [lambda: (np.array([3.0, 1.0, 3.0, -0.0, 0.0, 7.5]),)],
    'comp': [lambda: (np.array([5, 9, 13, 2, 1, 40]),), lambda: (np.array([1, 2]),)],
    'reductions_empty': [(0,), (3,)],
    'float_sum': [lambda: (np.array([0.1, 1e16, 0.2, -1e16, 0.3]),)],
    'ops': [(0,), (3,), (10,), (60,)],
    'op_order': [(1,), (7,), (30,)],
    'updates': [(3,), (20,)],
    'changed_size': [(0,), (2,), (3,)],
    'for_else': [(2,), (9,)],
    'resize': [(0,), (5,), (1000,)],
    'widen': [(2,)],
    'list_copy': [(3,)],
    'grid': [(0,), (5,), (30,)],
    'tsorted': [(0,), (7,)],
    'tremove': [(1,), (2,), (3,)],
    'distinct': [lambda: (np.array([3, 1, 3, 7]), 2), lambda: (np.array([1, 1]), 0), lambda: (np.arange(40) % 9, 3)],
}
