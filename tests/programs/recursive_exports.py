# differential-python: numpy
# Exports that call themselves with their return type left to inference
# (numba infers it from the returns that do not recurse, as for helpers):
# union-find's `uf_find` with path compression, called by another export
# too; an int base case beside a float recursive case (widened to float);
# a recursion through a helper. Also np.histogram with its `bins=` and
# `weights=` made by numpy calls (keyword arguments bound as positional
# ones are).
import numpy as np
from pycc import CC

cc = CC('recursive_exports')


@cc.export('uf_find', '(i8[:], i8)')
def uf_find(uf, u):
    if uf[u] < 0:
        return u
    uf[u] = uf_find(uf, uf[u])
    return uf[u]


@cc.export('uf_unite', '(i8[:], i8, i8)')
def uf_unite(uf, u, v):
    u, v = uf_find(uf, u), uf_find(uf, v)
    if u == v:
        return
    if uf[u] > uf[v]:
        u, v = v, u
    uf[u] += uf[v]
    uf[v] = u


@cc.export('half_sum', '(i8,)')
def half_sum(n):
    if n <= 0:
        return 0
    return n / 2 + half_sum(n - 1)


def down(n):
    return count_down(n - 1) + 1


@cc.export('count_down', '(i8,)')
def count_down(n):
    if n <= 0:
        return 0
    return down(n)


@cc.export('levels', '(u1[:],)')
def levels(img):
    counts, edges = np.histogram(img, bins=np.arange(9))
    return counts * edges[:-1]


@cc.export('weighted', '(f8[:], i8)')
def weighted(a, n):
    return np.histogram(a, bins=n, weights=np.ones(a.shape[0]) * 0.5)[0]


CASES = {
    'uf_find': [lambda: (np.array([-3, 0, 1, -1]), 2), lambda: (np.array([-1]), 0), lambda: (np.array([-1]), 3)],
    'uf_unite': [lambda: (np.array([-1, -1, -2, 2]), 0, 3), lambda: (np.array([-2, 0, -1]), 1, 0),
                 lambda: (np.array([-1, -3, 1, 1]), 0, 2)],
    'half_sum': [(5,), (1,)],
    'count_down': [(0,), (7,)],
    'levels': [(np.array([0, 3, 3, 8, 7, 1], dtype=np.uint8),), (np.zeros(0, np.uint8),)],
    'weighted': [(np.array([0.5, 1.5, 2.0, -1.0]), 3)],
}
