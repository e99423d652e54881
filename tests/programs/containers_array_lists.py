# differential-python: numpy
# Lists of arrays (sema/containers/arraylists.rs): displays of arrays, append of new
# arrays, L[i][j] reads and stores, for a in L, enumerate, len, pop.
import numpy as np
from pycc import CC
cc = CC('containers_array_lists')


@cc.export('nearest', 'i8(f8[:], f8[:], f8[:], f8)')
def nearest(a, b, c, x):
    colors = [a, b, c]
    best = 0
    low = 1e300
    for i, col in enumerate(colors):
        d = 0.0
        for k in range(len(col)):
            d += (col[k] - x) * (col[k] - x)
        if d < low:
            low = d
            best = i
    return best


@cc.export('rows', 'f8(i8, i8)')
def rows(n, m):
    L = []
    for i in range(n):
        L.append(np.zeros(m))
    for i in range(n):
        for j in range(m):
            L[i][j] = i * 10.0 + j
    L[0][0] += 0.5
    s = 0.0
    for r in L:
        s = s * 1.5 + r[m - 1] + r[0]
    return s + len(L)


@cc.export('grow', 'f8(i8)')
def grow(n):
    L = [np.ones(2)]
    for i in range(n):
        last = L[len(L) - 1]
        L.append(last * 2.0)
    s = 0.0
    while len(L) > 1:
        a = L.pop()
        s += a[0] + a[1]
    return s + L[0][1]


@cc.export('views', 'f8(f8[:, :])')
def views(m):
    L = []
    for i in range(m.shape[0]):
        L.append(m[i, :])
    L[-1][0] = 99.0
    t = 0.0
    for r in L:
        t += r.sum()
    return t + m[m.shape[0] - 1, 0]


@cc.export('bad_index', 'f8(i8)')
def bad_index(k):
    L = [np.zeros(3), np.ones(3)]
    return L[k][1]


@cc.export('many', 'f8(i8)')
def many(n):
    # 10^5 list-held allocations in one call.
    L = []
    for i in range(n):
        L.append(np.full(4, i * 1.0))
    t = 0.0
    for r in L:
        t += r[3]
    return t


CASES = {
    'nearest': [(np.array([0.0, 0.0]), np.array([1.0, 1.0]), np.array([5.0, 5.0]), 0.9),
                (np.array([0.0]), np.array([3.0]), np.array([2.5]), 2.4)],
    'rows': [(3, 4), (1, 1), (5, 2)],
    'grow': [(0,), (3,), (10,)],
    'views': [(np.arange(12.0).reshape(3, 4),), (np.ones((1, 2)),)],
    'bad_index': [(0,), (1,), (-2,), (2,), (-3,)],
    'many': [(10,), (100000,)],
}
