# differential-python: numpy
# Lists of arrays (and of tuples holding arrays) passed to helpers, as
# numba passes its typed lists by reference: the helper reads the caller's
# list, stores through its arrays (seen by the caller's arrays), appends
# new arrays and pops; a nested function fills the enclosing function's
# list; errors inside the helper are CPython's.
import numpy as np
from pycc import CC

cc = CC('list_arrays_passed')


def total(T):
    s = 0.0
    for a in T:
        s += a.sum()
    return s


def grow(T, m):
    T.append(np.arange(m) * 1.5)
    T.append(np.ones(m))


def scale_first(T, k):
    T[0][:] = T[0] * k


def take_last(T):
    a = T.pop()
    return a[0]


@cc.export('passed', 'f8(i8)')
def passed(m):
    T = [np.zeros(m), np.ones(m)]
    before = total(T)
    grow(T, m)
    grow(T, m + 0)
    return before * 1000.0 + total(T) * 10.0 + len(T)


@cc.export('stores', 'f8(f8[:], i8)')
def stores(a, k):
    T = [a, a[::2]]
    scale_first(T, k)
    return a.sum() + T[1].sum()


@cc.export('pops', 'f8(i8)')
def pops(m):
    T = [np.arange(m) * 1.0]
    grow(T, m)
    x = take_last(T)
    y = take_last(T)
    z = take_last(T)
    return x * 100.0 + y * 10.0 + z + len(T)


@cc.export('pop_empty', 'f8(i8)')
def pop_empty(m):
    T = [np.zeros(m)]
    x = take_last(T)
    return x + take_last(T)


def sum_pairs(P):
    s = 0.0
    for a, w in P:
        s += a.sum() * w
    return s


@cc.export('pairs', 'f8(f8[:])')
def pairs(a):
    P = [(a, 1.0), (a * 2.0, 0.5)]
    P.append((a[1:], 3.0))
    return sum_pairs(P)


@cc.export('nested_fill', 'f8(i8, i8)')
def nested_fill(n, m):
    tables = [np.zeros(m)]

    def add(k):
        t = np.arange(m) * 1.0 + k
        tables.append(t)
        return len(tables) - 1

    def bump(i):
        tables[i][0] += 100.0

    for k in range(n):
        j = add(k)
        bump(j)
    s = 0.0
    for t in tables:
        s += t.sum()
    return s


def set_row(T, i, x):
    T[i][0] = x


@cc.export('through', 'f8[:](f8[:], f8[:])')
def through(a, b):
    T = [a, b]
    set_row(T, 1, 7.5)
    set_row(T, 0, -1.0)
    return a + b


def init(T, m):
    T.append(np.zeros(m))


def add_view(T, a, k):
    T.append(a[k:])


@cc.export('filled', 'f8(i8)')
def filled(m):
    T = []
    init(T, m)
    init(T, m + 1)
    T[1][0] = 2.5
    return T[0].sum() + T[1].sum() + len(T) + T[1].size


@cc.export('filled_views', 'f8(f8[:])')
def filled_views(a):
    T = []
    add_view(T, a, 1)
    add_view(T, a, 3)
    T[0][0] = -10.0
    return T[0].sum() * 100.0 + T[1].sum() + a[1]


def push_number(xs, x):
    xs.append(x * 0.5)


@cc.export('filled_numbers', 'f8(i8)')
def filled_numbers(n):
    xs = []
    for i in range(n):
        push_number(xs, i)
    s = 0.0
    for x in xs:
        s = s * 3.0 + x
    return s + len(xs)


def weigh(rows):
    s = 0
    for (x, y), w in rows:
        s = s * 7 + x * w - y
    return s + len(rows)


@cc.export('nested_tuples', 'i8(i8)')
def nested_tuples(n):
    pts = [((i, -i), i * i) for i in range(n)]
    rows = [[((i, 1), 2)] for i in range(n)]
    r = weigh(pts[1:]) + weigh(pts)
    if n > 0:
        r += weigh(rows[0]) * 1000
    return r


A = np.arange(8.0)

CASES = {
    'passed': [(0,), (1,), (4,)],
    'stores': [lambda: (A.copy(), 3), lambda: (A.copy(), 0)],
    'pops': [(1,), (3,)],
    'pop_empty': [(2,)],
    'pairs': [(A,), (A[:2].copy(),)],
    'nested_fill': [(0, 3), (3, 4)],
    'filled': [(0,), (3,)],
    'filled_views': [lambda: (A.copy(),)],
    'filled_numbers': [(0,), (5,)],
    'nested_tuples': [(0,), (1,), (4,)],
    'through': [lambda: (A[:3].copy(), A[3:6].copy())],
}
