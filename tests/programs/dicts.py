# Dicts inside compiled functions (numba's typed dicts of numbers and
# tuples of numbers): displays, comprehensions, dict(), numba.typed.Dict,
# Dict.empty, indexing, `in`, len, get/pop/setdefault/clear/copy, del,
# iteration in insertion order (after deletes and re-inserts), and the
# KeyErrors of missing keys.
from numba import typed, types
from numba.typed import Dict
from pycc import CC

cc = CC('dicts')


@cc.export('squares', 'i8(i8)')
def squares(n):
    d = {}
    for i in range(n):
        d[i] = i * i
    total = 0
    for k in d:
        total = total * 7 + d[k] + k
    return total * 100 + len(d)


@cc.export('lookup', 'f8(i8, i8)')
def lookup(n, k):
    d = {i: i * 0.5 for i in range(n) if i % 3 != 0}
    return d[k]


@cc.export('order', 'i8(i8)')
def order(n):
    d = dict()
    for i in range(n):
        d[(i * 7) % n] = i
    del d[3]
    d[3] = 100
    x = d.pop(5)
    d[5] = x + 1
    acc = 0
    for k, v in d.items():
        acc = acc * 31 + k * 1000 + v
    return acc


@cc.export('delete', 'i8(i8, i8)')
def delete(n, k):
    d = {1: 10, 2: 20, 3: 30}
    del d[k]
    return len(d) * 1000 + sum_values(n)


def sum_values(n):
    return n


@cc.export('contains', 'i8(i8)')
def contains(k):
    d = {2: 1.5, 4: 2.5, 6: 3.5}
    r = 0
    if k in d:
        r += 1
    if k not in d:
        r += 10
    if d:
        r += 100
    e = {}
    e[1.5] = True
    if not e:
        r += 1000
    return r


@cc.export('get', 'f8(i8)')
def get(k):
    d = {1: 2.5, 3: 4.5}
    return d.get(k, -1.0) + d.get(k, 7) * 10 + d.pop(k, 0.25) * 100 + len(d)


@cc.export('setdefault', 'i8(i8)')
def setdefault(n):
    counts = {}
    for i in range(n):
        counts[i % 4] = counts.get(i % 4, 0) + 1
    a = counts.setdefault(1, 99)
    b = counts.setdefault(7, 99)
    counts[2] += 5
    r = 0
    for v in counts.values():
        r = r * 100 + v
    return r * 1000 + a + b


@cc.export('tuples', 'i8(i8)')
def tuples(n):
    d = {}
    for i in range(n):
        for j in range(n):
            d[(i, j)] = (i + j, i * j)
    s = 0
    for (i, j), (p, q) in d.items():
        s = s * 3 + i - j + p * q
    a, b = d[(1, 2)]
    return s + a * 10 + b + len(d)


@cc.export('tuple_missing', 'i8(i8)')
def tuple_missing(i):
    d = {(1, 2): 3}
    return d[(i, 2)]


@cc.export('floats', 'f8(f8)')
def floats(x):
    d = {0.0: 1.0, 1.5: 2.0}
    d[-0.0] = 5.0
    d[x] = 7.0
    s = 0.0
    for k in d.keys():
        s = s * 10 + k + d[k]
    return s


@cc.export('bools', 'i8(b1)')
def bools(b):
    d = {True: 1, False: 2}
    d[b] = 10
    return d[True] * 100 + d[False]


@cc.export('clear_copy', 'i8(i8)')
def clear_copy(n):
    d = {i: i for i in range(n)}
    e = d.copy()
    d.clear()
    d[100] = 1
    f = d
    f[200] = 2
    return len(d) * 1000 + len(e) * 10 + len(f)


@cc.export('numba_dicts', 'f8(i8)')
def numba_dicts(n):
    d = typed.Dict()
    for i in range(n):
        d[i] = i * 0.5
    e = Dict.empty(key_type=types.int64, value_type=types.float64)
    e[1] = 2
    f = Dict.empty(types.UniTuple(types.int64, 2), types.Tuple((types.float64, types.boolean)))
    f[(n, 1)] = (1.5, True)
    x, b = f[(n, 1)]
    return d.get(n - 1, -1.0) + e[1] * 10 + len(d) * 100 + x + b


@cc.export('changed', 'i8(i8)')
def changed(n):
    d = {1: 1, 2: 2}
    for k in d:
        d[k + n] = 0
    return len(d)


@cc.export('for_else', 'i8(i8)')
def for_else(k):
    d = {1: 1, 2: 2, 3: 3}
    r = 0
    for key in d:
        if key == k:
            r = 1
            break
    else:
        r = 2
    return r


@cc.export('pop_missing', 'i8(i8)')
def pop_missing(k):
    d = {1: 1}
    return d.pop(k)


@cc.export('widen', 'f8(i8)')
def widen(n):
    d = {}
    d[1] = 1
    d[2] = 2.5
    d[n] = True
    return d[1] + d[2] * 10 + len(d)


@cc.export('churn', 'i8(i8)')
def churn(n):
    # Many inserts, deletes and re-inserts: the table grows and compacts.
    d = {}
    for i in range(n):
        d[i * 7919 % 1000003] = i
    for i in range(0, n, 2):
        del d[i * 7919 % 1000003]
    for i in range(0, n, 3):
        d[i * 7919 % 1000003] = -i
    h = 0
    for k, v in d.items():
        h = (h * 31 + k * 7 + v) % 1000000007
    d.clear()
    for i in range(5):
        d[-i] = i
    for k in d:
        h = h * 7 + k
    return h * 10 + len(d)


def fill(d, n):
    for i in range(n):
        d[i % 5] = d.get(i % 5, 0) + i


def make(n):
    d = {}
    for i in range(n):
        d[(i, -i)] = i * 1.5
    return d


def total(d):
    s = 0.0
    for k, v in d.items():
        s = s * 2 + k[0] + v
    return s


@cc.export('helpers', 'f8(i8)')
def helpers(n):
    counts = {0: 0}
    fill(counts, n)
    e = make(n)
    r = 0
    for k in counts:
        r = r * 10 + counts[k]
    return r + total(e) + len(e)


@cc.export('method_statements', 'i8(i8, i8)')
def method_statements(a, b):
    # pop and setdefault as statements still change the dict (their value dropped).
    d = {a: 1, b: 2}
    d.pop(a)
    d.pop(a + 100, 5)
    d.setdefault(a * 3 + 7, 9)
    d.get(b, 3)
    return len(d) * 100 + d.get(a * 3 + 7, -1)


CASES = {
    'method_statements': [(1, 2), (1, 1), (1, 101), (2, 13)],
    'helpers': [(0,), (3,), (12,)],
    'churn': [(0,), (1,), (10,), (1000,), (20000,)],
    'squares': [(0,), (1,), (5,), (10,)],
    'lookup': [(5, 1), (5, 2), (5, 4), (5, 3), (5, 0), (5, 9)],
    'order': [(7,), (8,), (11,)],
    'delete': [(5, 1), (5, 2), (5, 3), (5, 4)],
    'contains': [(2,), (3,), (6,)],
    'get': [(1,), (3,), (2,)],
    'setdefault': [(0,), (3,), (10,)],
    'tuples': [(3,), (4,)],
    'tuple_missing': [(1,), (2,)],
    'floats': [(0.0,), (-0.0,), (1.5,), (2.25,)],
    'bools': [(True,), (False,)],
    'clear_copy': [(0,), (4,)],
    'numba_dicts': [(0,), (3,)],
    'changed': [(0,), (5,)],
    'for_else': [(1,), (4,)],
    'pop_missing': [(1,), (2,)],
    'widen': [(1,), (3,)],
}
