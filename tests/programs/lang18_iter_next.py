# differential-python: numpy
# `it = iter(x)` of an array, a list or a range, then `v = next(it)`,
# `next(it, d)` and `for v in it` (issue 16; numba's iter/next): CPython's
# sequence iterators (the length read at each step: items a list gains are
# visited; once exhausted, an iterator stays exhausted), StopIteration past
# the end, the default instead with `next(it, d)`; ranges with negative and
# zero steps (ValueError).
import numpy as np
from pycc import CC

cc = CC("lang18_iter_next")


@cc.export("first_two", "(i8[:],)")
def first_two(a):
    it = iter(a)
    x = next(it)
    y = next(it, -1)
    return x * 10 + y


@cc.export("rest_of_list", "(i8,)")
def rest_of_list(n):
    L = [i * 2 for i in range(n)]
    g = iter(L)
    first = next(g, 100)
    s = 0
    for v in g:
        if v == 2:
            continue
        s += v
        if v == 6:
            L.append(1)
    L.append(50)
    last = next(g, -5)
    return first, s, last


@cc.export("broken_loop", "(f8[:], f8)")
def broken_loop(a, lim):
    it = iter(a)
    total = 0.0
    for v in it:
        if v > lim:
            break
        total += v
    else:
        total = -total
    after = next(it, np.nan)
    return total, after


@cc.export("ranged", "(i8, i8, i8)")
def ranged(a, b, k):
    r = iter(range(a, b, k))
    x = next(r)
    y = next(r, 1000)
    s = 0
    for v in r:
        s = s * 3 + v
    return x, y, s


@cc.export("count_down", "(i8,)")
def count_down(n):
    r = iter(range(n))
    out = 0
    while True:
        v = next(r, -1)
        if v < 0:
            break
        out += v
    next(r, 0)
    return out


@cc.export("of_rows", "(f8[:, :],)")
def of_rows(m):
    it = iter(m)
    row = next(it)
    return row.sum()


@cc.export("pair_of_next", "(i8[:],)")
def pair_of_next(x):
    it = iter(x)
    return next(it), next(it)


@cc.export("in_expression", "(i8,)")
def in_expression(n):
    it = iter([i + 1 for i in range(n)])
    a = next(it) * 10 + next(it, 0)
    return a, -next(it, 7) < 0



I = np.array([4, 7, 9])
CASES = {
    "first_two": [(I,), (I[:1],), (I[:0],)],
    "rest_of_list": [(0,), (1,), (3,), (5,)],
    "broken_loop": [(np.array([1.0, 2.0, 5.0, 1.0]), 3.0), (np.array([1.0, 2.0]), 3.0), (np.zeros(0), 0.0)],
    "ranged": [(0, 10, 3), (10, 0, -3), (0, 2, 1), (5, 5, 1), (0, 10, 0), (1, 0, -1), (-3, 4, 2)],
    "count_down": [(0,), (6,)],
    "pair_of_next": [(I,), (I[:1],), (I[:0],)],
    "in_expression": [(0,), (1,), (2,), (3,)],
    "of_rows": [(np.arange(6.0).reshape(2, 3),), (np.zeros((0, 3)),)],
}
