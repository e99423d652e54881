# differential-python: numpy
# Realistic numba-style functions mixing helpers' tuple results with None
# items, lists of lists returned by exports and dicts of lists (issue 16,
# lang21): BFS path reconstruction returning (hops, None) when unreachable,
# grouping values by key, bucketing, an inverted index, a degree histogram,
# guarded division, neighbours within eps, a topological order, sorted
# groups, lookups with a not-found result, popping groups, dicts remade
# in a loop.
import numpy as np
from pycc import CC

cc = CC("lang21_mixed")


def bfs_path(adj_src, adj_dst, n, s, t):
    g = {}
    for k in range(adj_src.shape[0]):
        g.setdefault(adj_src[k], []).append(adj_dst[k])
    prev = [-1] * n
    seen = [False] * n
    seen[s] = True
    queue = [s]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        if u in g:
            for v in g[u]:
                if not seen[v]:
                    seen[v] = True
                    prev[v] = u
                    queue.append(v)
    if not seen[t]:
        return 0, None
    hops = 0
    v = t
    while v != s:
        v = prev[v]
        hops += 1
    return hops, t


@cc.export("path_len", "i8(i8[:], i8[:], i8, i8, i8)")
def path_len(a, b, n, s, t):
    hops, end = bfs_path(a, b, n, s, t)
    if end is None:
        return -1
    return hops * 100 + end


@cc.export("path", "(i8[:], i8[:], i8, i8, i8)")
def path(a, b, n, s, t):
    return bfs_path(a, b, n, s, t)


@cc.export("group_by_key", "(i8[:], f8[:])")
def group_by_key(keys, vals):
    d = {}
    for i in range(keys.shape[0]):
        d.setdefault(keys[i], []).append(float(vals[i]))
    out = []
    for k, v in d.items():
        out.append(v)
    return out


@cc.export("bucket_counts", "(f8[:], i8)")
def bucket_counts(xs, nb):
    buckets = [[] for _ in range(nb)]
    for i in range(xs.shape[0]):
        b = min(int(xs[i] * nb), nb - 1)
        buckets[b].append(i)
    return buckets


def argmin_pos(a):
    best = -1
    for i in range(a.shape[0]):
        if a[i] > 0 and (best < 0 or a[i] < a[best]):
            best = i
    if best < 0:
        return None, 0.0
    return best, a[best]


@cc.export("smallest_pos", "f8(f8[:])")
def smallest_pos(a):
    r = argmin_pos(a)
    if r[0] is None:
        return -1.0
    return r[0] + r[1]


@cc.export("inverted_index", "i8(i8[:, :])")
def inverted_index(docs):
    index = {}
    for d in range(docs.shape[0]):
        for j in range(docs.shape[1]):
            w = docs[d, j]
            if w not in index:
                index[w] = []
            if len(index[w]) == 0 or index[w][-1] != d:
                index[w].append(d)
    total = 0
    for w in index:
        total += w * len(index[w])
    return total


@cc.export("degree_hist", "(i8[:], i8[:], i8)")
def degree_hist(us, vs, n):
    deg = [0] * n
    for k in range(us.shape[0]):
        deg[us[k]] += 1
        deg[vs[k]] += 1
    by_deg = {}
    for v in range(n):
        by_deg.setdefault(deg[v], []).append(v)
    out = []
    for d in range(max(deg) + 1):
        if d in by_deg:
            out.append(by_deg[d])
        else:
            out.append([0 for _ in range(0)])
    return out


def safe_div(a, b):
    if b == 0:
        return a, None
    return a, a / b


@cc.export("ratios", "f8(f8[:], f8[:])")
def ratios(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        x, q = safe_div(a[i], b[i])
        if q is not None:
            s += q
        else:
            s -= x
    return s


@cc.export("pairs_within", "(f8[:], f8)")
def pairs_within(x, eps):
    res = []
    for i in range(x.shape[0]):
        near = []
        for j in range(x.shape[0]):
            if i != j and abs(x[i] - x[j]) < eps:
                near.append(j)
        res.append(near)
    return res


@cc.export("topo_order", "(i8[:], i8[:], i8)")
def topo_order(us, vs, n):
    out_edges = {}
    indeg = [0] * n
    for k in range(us.shape[0]):
        out_edges.setdefault(us[k], []).append(vs[k])
        indeg[vs[k]] += 1
    order = []
    stack = [v for v in range(n) if indeg[v] == 0]
    while len(stack) > 0:
        u = stack.pop()
        order.append(u)
        if u in out_edges:
            for v in out_edges[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    stack.append(v)
    if len(order) < n:
        return len(order), None
    return len(order), order[-1]


@cc.export("sums", "i8(i8[:])")
def sums(xs):
    d = {}
    for x in xs:
        d.setdefault(x % 4, []).append(x)
    t = 0
    for k in d:
        for x in d[k]:
            t += x * (k + 1)
        d[k][0] += 1
        t += d[k][0]
    return t


@cc.export("sorted_groups", "(i8[:],)")
def sorted_groups(xs):
    d = {}
    for x in xs:
        d.setdefault(int(x % 3), []).append(int(x))
    out = []
    for k in sorted(d.keys()):
        row = d[k]
        row.sort()
        out.append(row)
    return out


def lookup(keys, vals, q):
    for i in range(keys.shape[0]):
        if keys[i] == q:
            return True, vals[i], i
    return False, None, None


@cc.export("lookups", "f8(i8[:], f8[:], i8[:])")
def lookups(keys, vals, qs):
    s = 0.0
    for q in qs:
        r = lookup(keys, vals, q)
        if r[0] and r[1] is not None:
            s += r[1] * r[2]
        elif r[1] is None:
            s -= 1.0
    return s


@cc.export("pop_groups", "i8(i8[:])")
def pop_groups(xs):
    d = {}
    for x in xs:
        d.setdefault(x % 2, []).append(x)
    t = 0
    for k, v in d.items():
        while len(v) > 0:
            t = t * 3 + v.pop()
    return t


@cc.export("reset", "i8(i8[:])")
def reset(xs):
    total = 0
    for r in range(2):
        d = {}
        for x in xs:
            d.setdefault(x % 3, []).append(x + r)
        total += len(d) * 10 + len(d[xs[0] % 3])
    return total


U = np.array([0, 0, 1, 2, 4])
V = np.array([1, 2, 3, 3, 5])
CASES = {
    "path_len": [(U, V, 6, 0, 3), (U, V, 6, 0, 5), (U, V, 6, 3, 3)],
    "path": [(U, V, 6, 0, 3), (U, V, 6, 0, 5)],
    "group_by_key": [(np.array([3, 1, 3, 2]), np.array([1.0, 2.0, 3.0, 4.0]))],
    "bucket_counts": [(np.array([0.1, 0.5, 0.99, 1.0, 0.3]), 3)],
    "smallest_pos": [(np.array([3.0, -1.0, 2.0]),), (np.array([-1.0]),)],
    "inverted_index": [(np.array([[1, 2, 1], [2, 3, 3]]),)],
    "degree_hist": [(U, V, 6), (U, V, 8)],
    "ratios": [(np.array([1.0, 2.0, 3.0]), np.array([2.0, 0.0, 4.0]))],
    "pairs_within": [(np.array([0.0, 0.5, 3.0, 0.2]), 0.6)],
    "topo_order": [(U, V, 6), (np.array([0, 1]), np.array([1, 0]), 2)],
    "sums": [(np.array([1, 2, 3, 4, 5, 8]),)],
    "sorted_groups": [(np.array([5, 3, 9, 1, 4, 6]),)],
    "lookups": [(np.array([1, 2, 3]), np.array([0.5, 1.5, 2.5]), np.array([2, 7, 3]))],
    "pop_groups": [(np.array([1, 2, 3, 4, 5]),)],
    "reset": [(np.array([4, 5, 6, 7]),)],
}
