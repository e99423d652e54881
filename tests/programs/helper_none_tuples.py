# differential-python: numpy
# Helpers returning a tuple with None at a position on some paths (numba's
# Tuple of Optional items): `r = helper(..)` then `r[1] is None`, `a, b =
# helper(..)` then `if b is None`, `return helper(..)` from an export (the
# Python tuple with None) and from another helper; several None positions,
# float and int items, calls in loops, negative indices.
import numpy as np
from pycc import CC

cc = CC("helper_none_tuples")


def find(a, t):
    for i in range(a.shape[0]):
        if a[i] > t:
            return i, a[i]
    return -1, None


def split_sign(x):
    if x > 0:
        return x, None
    if x < 0:
        return None, -x
    return None, None


def shortest(w, src, dst):
    # Bellman-Ford on a dense weight matrix (inf: no edge); (cost, None)
    # when dst is unreachable, else (cost, number of hops).
    n = w.shape[0]
    dist = np.full(n, np.inf)
    hops = np.zeros(n, dtype=np.int64)
    dist[src] = 0.0
    for _ in range(n - 1):
        for u in range(n):
            for v in range(n):
                if dist[u] + w[u, v] < dist[v]:
                    dist[v] = dist[u] + w[u, v]
                    hops[v] = hops[u] + 1
    if dist[dst] == np.inf:
        return dist[dst], None
    return dist[dst], hops[dst]


def relay(a, t):
    return find(a, t)


@cc.export("first_above", "f8(f8[:], f8)")
def first_above(a, t):
    r = find(a, t)
    if r[1] is None:
        return -1.0
    return r[0] * 100.0 + r[-1]


@cc.export("count_above", "i8(f8[:], f8[:])")
def count_above(a, ts):
    hits = 0
    for k in range(ts.shape[0]):
        i, v = find(a, ts[k])
        if v is not None:
            hits += i
    return hits


@cc.export("signs", "i8(i8[:])")
def signs(xs):
    total = 0
    for x in xs:
        res = split_sign(x)
        if res[0] is not None:
            total += res[0]
        elif res[1] is not None:
            total -= 10 * res[1]
        else:
            total += 1000
    return total


@cc.export("route", "(f8[:, :], i8, i8)")
def route(w, s, d):
    return shortest(w, s, d)


@cc.export("route_cost", "f8(f8[:, :], i8, i8)")
def route_cost(w, s, d):
    cost, hops = shortest(w, s, d)
    if hops is None:
        return -cost
    return cost + hops


@cc.export("relayed", "(f8[:], f8)")
def relayed(a, t):
    return relay(a, t)


@cc.export("both", "(i8,)")
def both(x):
    return split_sign(x)


@cc.export("unchecked", "f8(f8[:], f8)")
def unchecked(a, t):
    i, v = find(a, t)
    return v + i


INF = np.inf
W = np.array([[INF, 1.0, 4.0, INF], [INF, INF, 2.0, INF], [INF, INF, INF, INF], [INF, INF, 1.0, INF]])
A = np.array([0.5, 2.0, 3.5, -1.0])
CASES = {
    "first_above": [(A, 1.0), (A, 9.0), (np.zeros(0), 0.0)],
    "count_above": [(A, np.array([0.0, 1.0, 3.0, 9.0]))],
    "signs": [(np.array([3, -2, 0, 5, -7]),), (np.zeros(0, dtype=np.int64),)],
    "route": [(W, 0, 2), (W, 0, 3), (W, 3, 2), (W, 2, 2)],
    "route_cost": [(W, 0, 2), (W, 0, 3)],
    "relayed": [(A, 1.0), (A, 5.0)],
    "both": [(4,), (-3,), (0,)],
    "unchecked": [(A, 1.0), (A, 9.0)],
}
