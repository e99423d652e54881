# differential-python: numpy
# Helpers returning a list of lists, called as `rows = helper(..)`,
# `for row in helper(..)` or `return helper(..)`: the caller takes
# len, items, rows' items, nested loops, and changes rows (CPython's
# objects: the helper's lists themselves). Arguments are evaluated before
# the body runs; an error inside the helper propagates as CPython's.
import numpy as np
from numba import njit
from pycc import CC

cc = CC("helper_list_rows")

SCALE = 3


@njit
def triangle(n):
    out = []
    for i in range(n):
        out.append([i * j for j in range(i + 1)])
    return out


def pairs(a, k):
    res = []
    for i in range(a.shape[0] - 1):
        row = [a[i], a[i + 1] * SCALE]
        if a[i] % k == 0:
            row.append(-1)
        res.append(row)
    return res


def grid(n, m):
    g = [[0.5 * i + j for j in range(m)] for i in range(n)]
    return g


def checked(n):
    out = [[n // (n - 2)]]
    out.append([1, 2])
    return out


@cc.export("tri_sum", "i8(i8)")
def tri_sum(n):
    rows = triangle(n)
    s = len(rows)
    if n > 2:
        s += len(rows[1]) * 100 + rows[2][1] * 10 + rows[-1][-1]
    for row in rows:
        for x in row:
            s += x
    return s


@cc.export("pair_rows", "i8(i8[:], i8)")
def pair_rows(a, k):
    t = 0
    for row in pairs(a, k):
        t = t * 3 + len(row)
        for x in row:
            t += x
    return t


@cc.export("grid_changed", "f8(i8, i8)")
def grid_changed(n, m):
    g = grid(n, m)
    g[0].append(100.0)
    g.append([7.0])
    s = 0.0
    for r in g:
        s = s * 2.0 + sum(r)
    return s + len(g) + len(g[0])


@cc.export("two_calls", "i8(i8)")
def two_calls(n):
    # Each call makes new lists.
    a = triangle(n)
    b = triangle(n)
    a[0].append(5)
    return len(a[0]) * 10 + len(b[0])


@cc.export("raises_inside", "i8(i8)")
def raises_inside(n):
    r = checked(n)
    return r[0][0] + len(r)


def middle(n):
    return triangle(n + 1)


@cc.export("returned_on", "i8(i8)")
def returned_on(n):
    rows = middle(n)
    return len(rows) * 1000 + len(rows[-1])


CASES = {
    "tri_sum": [(0,), (1,), (3,), (6,)],
    "pair_rows": [(np.array([4, 7, 2, 9]), 2), (np.array([5]), 3), (np.array([3, 6, 9]), 3)],
    "grid_changed": [(1, 1), (3, 2)],
    "two_calls": [(2,)],
    "raises_inside": [(2,), (5,), (1,)],
    "returned_on": [(0,), (4,)],
}
