# differential-python: numpy
# Exports returning a list of lists of numbers (numba's reflected list of
# lists): built by appends of lists, by a comprehension of lists, as
# adjacency lists `[[] for _ in range(n)]`, rows of floats and of bools,
# empty rows and an empty result; a new Python list of new lists (items
# are Python numbers, as numba's: the file converts numpy scalars).
import numpy as np
from pycc import CC

cc = CC("nested_list_results")


@cc.export("triangle", "(i8,)")
def triangle(n):
    out = []
    for i in range(n):
        row = []
        for j in range(i + 1):
            row.append(j * i)
        out.append(row)
    return out


@cc.export("pairs", "(f8[:],)")
def pairs(a):
    return [[float(a[i]), float(a[i] * 2.0)] for i in range(a.shape[0])]


@cc.export("adjacency", "(i8[:], i8[:], i8)")
def adjacency(us, vs, n):
    g = [[] for _ in range(n)]
    for k in range(us.shape[0]):
        g[us[k]].append(int(vs[k]))
        g[vs[k]].append(int(us[k]))
    for row in g:
        row.sort()
    return g


@cc.export("signs", "(f8[:, :],)")
def signs(m):
    rows = []
    for i in range(m.shape[0]):
        rows.append([bool(m[i, j] > 0) for j in range(m.shape[1])])
    return rows


@cc.export("components", "(i8[:], i8[:], i8)")
def components(us, vs, n):
    # Union-find, then the members of each component in order.
    parent = list(range(n))
    for k in range(us.shape[0]):
        a, b = us[k], vs[k]
        while parent[a] != a:
            a = parent[a]
        while parent[b] != b:
            b = parent[b]
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups = []
    index = [-1] * n
    for v in range(n):
        r = v
        while parent[r] != r:
            r = parent[r]
        if index[r] < 0:
            index[r] = len(groups)
            groups.append([v])
        else:
            groups[index[r]].append(v)
    return groups


U = np.array([0, 2, 4, 1])
V = np.array([1, 3, 5, 3])
CASES = {
    "triangle": [(4,), (0,), (1,)],
    "pairs": [(np.array([1.5, -2.0]),), (np.zeros(0),)],
    "adjacency": [(U, V, 6), (U, V, 7)],
    "signs": [(np.array([[1.0, -1.0], [0.0, 2.0]]),)],
    "components": [(U, V, 6), (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), 3)],
}
