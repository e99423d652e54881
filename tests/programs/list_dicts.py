# differential-python: numpy
# Lists of dicts (numba's typed lists of typed dicts): `[{} for _ in
# range(n)]`, `[dict() for ...]`, `L.append({})`, `L.append(d)` (the same
# dict: stores through either are seen by both), `Dict.empty` in a list,
# `L[i][k] = v`, `L[i][k] += v`, `L[i].get(k, 0)`, `k in L[i]`,
# `len(L[i])`, `for k, v in L[i].items()`, `d = L[i]`, `for d in L`,
# `del L[i][k]`, `L[i].pop(k)`; a missing key raises CPython's KeyError,
# a bad index IndexError.
import numpy as np
from numba import types
from numba.typed import Dict
from pycc import CC

cc = CC('list_dicts')


@cc.export('count', 'i8(i8[:], i8)')
def count(a, n):
    L = [{} for _ in range(n)]
    for j in range(len(a)):
        L[j % n][a[j]] = L[j % n].get(a[j], 0) + 1
    s = 0
    for i in range(n):
        for k, v in L[i].items():
            s = s * 7 + k * v
        s += len(L[i])
        if 3 in L[i]:
            s += 100
        if 5 not in L[i]:
            if len(L[i]) > 1:
                s -= 1
    return s


@cc.export('appended', 'f8(f8[:])')
def appended(a):
    L = []
    for i in range(3):
        d = dict()
        L.append(d)
        d[i] = a[i]
    L.append({})
    L[3][7] = 0.5
    L[0][0] += 2.0
    total = 0.0
    for d in L:
        for k in d:
            total = total * 3.0 + k + d[k]
    e = L[1]
    e[9] = 4.0
    return total + L[1][9] + len(L)


@cc.export('widened', 'f8(i8)')
def widened(n):
    L = [dict() for _ in range(2)]
    L[0][1] = 1
    L[1][2] = 2.5
    L[n % 2][3] = 7
    return L[0][1] + L[1][2] + L[n % 2][3] + L[0].get(5, 0.25)


@cc.export('declared', 'i8(i8)')
def declared(n):
    L = []
    for i in range(n):
        d = Dict.empty(key_type=types.int64, value_type=types.int64)
        d[i] = i * i
        L.append(d)
    t = 0
    for i in range(n):
        t += L[i][i] + len(L[i])
    return t


@cc.export('missing', 'i8(i8, i8)')
def missing(i, k):
    L = [{1: 10, 2: 20}, {3: 30}]
    return L[i][k]


@cc.export('removed', 'i8(i8)')
def removed(k):
    L = [{1: 10, 2: 20}, {3: 30}]
    x = L[0].pop(k)
    del L[1][3]
    return x * 100 + len(L[0]) * 10 + len(L[1])


@cc.export('tuplekeys', 'f8(f8[:])')
def tuplekeys(a):
    L = [{} for _ in range(2)]
    for i in range(len(a)):
        L[i % 2][(i, i + 1)] = a[i]
    s = 0.0
    for i in range(2):
        for k, v in L[i].items():
            s = s * 2.0 + k[0] - k[1] + v
    return s


@cc.export('dp_layers', 'i8(i8, i8)')
def dp_layers(n, m):
    # a DP over layers of sparse states, as in bit-DP solutions
    layers = [{0: 1}]
    for i in range(n):
        nxt = {}
        for k, v in layers[i].items():
            for step in range(1, 3):
                key = (k + step * i) % m
                nxt[key] = (nxt.get(key, 0) + v) % 1000000007
        layers.append(nxt)
    return sum(layers[n].values()) + len(layers[n])


@cc.export('shared', 'f8(i8)')
def shared(n):
    # `[{}] * n` is n names for one dict; `M = L` one list; a slice and
    # pop() give the same dicts
    L = [{}] * n
    M = L
    M[0][1] = 2.5
    L.insert(0, {7: 1})
    tail = L[1:]
    d = tail.pop()
    d[2] = 4
    s = 0.0
    for e in L:
        s = s * 10.0 + len(e) + e.get(1, 0.0) + e.get(7, 0.0)
    return s + len(tail)


@cc.export('list_of_dicts', 'f8(i8)')
def list_of_dicts(n):
    ds = []
    for k in range(n):
        d = {1: 2.0}
        d[k] = 1.5 * k
        ds.append(d)
    return ds[0][1] + ds[-1][1]


A = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3], dtype=np.int64)
F = np.array([0.5, -1.25, 2.0, 3.5, 0.125])

CASES = {
    'count': [(A, 1), (A, 3), (A, 5), (A[:0], 2)],
    'appended': [(F,)],
    'widened': [(0,), (1,)],
    'declared': [(0,), (4,)],
    'missing': [(0, 1), (1, 3), (0, 3), (2, 1), (-2, 2)],
    'removed': [(1,), (2,), (3,)],
    'tuplekeys': [(F,), (F[:1],)],
    'shared': [(1,), (3,)],
    'list_of_dicts': [(1,), (3,), (0,)],
    'dp_layers': [(0, 5), (6, 7), (12, 11)],
}
