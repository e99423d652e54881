# differential-python: numpy
# list.sort(key=..., reverse=...) and sorted(it, key=..., reverse=...), as
# numba's lists take them: a lambda, a function of the file or a builtin as
# the key; tuple keys; stability with and without reverse (equal keys keep
# their order); a key reading other arrays (argsort by hand); and
# np.array() of a sorted(...) / list(...) call.
import numpy as np
from pycc import CC

cc = CC('sort_key_prog')


def weight(e):
    return e[1] - e[0]


@cc.export('by_second', 'i8[:](i8[:], i8[:])')
def by_second(u, w):
    edges = [(u[i], w[i]) for i in range(len(u))]
    edges.sort(key=lambda e: e[1])
    out = np.empty(len(edges), np.int64)
    for k in range(len(edges)):
        out[k] = edges[k][0]
    return out


@cc.export('by_abs', 'f8[:](f8[:], b1)')
def by_abs(a, r):
    b = sorted(a, key=lambda x: abs(x), reverse=r)
    return np.array(b)


@cc.export('by_helper', 'i8[:](i8[:], i8[:])')
def by_helper(u, w):
    edges = [(u[i], w[i]) for i in range(len(u))]
    edges.sort(key=weight, reverse=True)
    out = np.empty(len(edges), np.int64)
    for k in range(len(edges)):
        out[k] = edges[k][0]
    return out


@cc.export('order', 'i8[:](f8[:])')
def order(d):
    idx = list(range(len(d)))
    idx.sort(key=lambda i: (-d[i], i % 3))
    return np.array(idx)


@cc.export('builtin_key', 'i8[:](i8[:])')
def builtin_key(a):
    return np.array(sorted(a, key=abs))


@cc.export('kruskal', 'i8(i8, i8[:], i8[:], i8[:])')
def kruskal(n, u, v, w):
    edges = []
    for i in range(len(u)):
        edges.append((u[i], v[i], w[i]))
    edges.sort(key=lambda e: e[2])
    parent = list(range(n))
    total = 0
    for a, b, c in edges:
        while parent[a] != a:
            a = parent[a]
        while parent[b] != b:
            b = parent[b]
        if a != b:
            parent[a] = b
            total += c
    return total


@cc.export('none_key', 'f8(f8[:])')
def none_key(a):
    b = sorted(a, key=None, reverse=True)
    return b[0] - b[-1]


@cc.export('plain_sorted', 'f8[:](f8[:])')
def plain_sorted(a):
    return np.array(sorted(a))[::-1] + np.array(list(a))


EDGES_U = np.array([0, 1, 2, 0, 3, 1], dtype=np.int64)
EDGES_V = np.array([1, 2, 3, 3, 4, 4], dtype=np.int64)
EDGES_W = np.array([4, 2, 2, 7, 1, 2], dtype=np.int64)

CASES = {
    'by_second': [(np.array([1, 2, 3, 4], dtype=np.int64), np.array([5, 1, 5, 0], dtype=np.int64)),
                  (np.array([], dtype=np.int64), np.array([], dtype=np.int64))],
    'by_abs': [(np.array([-3.0, 1.0, 2.0, -1.0, 3.0]), True), (np.array([-3.0, 1.0, 2.0, -1.0, 3.0]), False),
               (np.array([0.0, -0.0, 2.5]), True), (np.array([]), False)],
    'by_helper': [(np.array([1, 2, 3, 4], dtype=np.int64), np.array([5, 1, 5, 0], dtype=np.int64)),
                  (np.array([1, 2, 3], dtype=np.int64), np.array([2, 3, 4], dtype=np.int64))],
    'order': [(np.array([1.0, 3.0, 3.0, 2.0, 3.0, 1.0]),), (np.array([0.5]),)],
    'builtin_key': [(np.array([-3, 1, 2, -1, 3], dtype=np.int64),)],
    'kruskal': [(5, EDGES_U, EDGES_V, EDGES_W)],
    'none_key': [(np.array([2.0, -1.0, 7.5]),)],
    'plain_sorted': [(np.array([2.0, -1.0, 7.5]),)],
}
