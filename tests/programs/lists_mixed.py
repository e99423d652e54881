# Lists of lists together with nested tuples and heapq (tuples2's list
# shapes and lists2's rows share one list-types design).
import heapq
from pycc import CC

cc = CC('lists_mixed')


@cc.export('rows_of_nested', 'i8(i8)')
def rows_of_nested(n):
    rows = [[((0, 0), 0)] for _ in range(n)]
    for i in range(n):
        rows[i].append(((i, i + 1), i * 2))
    s = 0
    for row in rows:
        for (a, b), c in row:
            s += a * 100 + b * 10 + c
    (p, q), r = rows[n - 1][1]
    return s * 1000 + p + q + r


@cc.export('dijkstra_rows', 'i8(i8)')
def dijkstra_rows(n):
    g = [[] for _ in range(n)]
    for u in range(n):
        g[u].append(((u + 1) % n, u + 3))
        g[u].append(((u + 2) % n, 2 * u + 1))
    dist = [10 ** 9] * n
    dist[0] = 0
    h = [(0, 0)]
    while h:
        d, u = heapq.heappop(h)
        if d > dist[u]:
            continue
        for v, w in g[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(h, (d + w, v))
    return sum(dist)


@cc.export('row_heap', 'i8(i8)')
def row_heap(n):
    rows = [[] for _ in range(3)]
    for i in range(n):
        r = rows[i % 3]
        heapq.heappush(r, (n - i) * 7 % 11)
    out = 0
    for r in rows:
        while r:
            out = out * 3 + heapq.heappop(r)
    return out


@cc.export('sorted_pairs', 'i8(i8)')
def sorted_pairs(n):
    rows = [[(i * 7 % 5, j) for j in range(3)] for i in range(n)]
    for r in rows:
        r.sort(reverse=True)
    s = 0
    for r in rows:
        a, b = r[0]
        s = s * 7 + a * 3 + b
    ps = rows[0][1:]
    return s * 10 + len(ps)


@cc.export('nested_slice', 'i8(i8)')
def nested_slice(n):
    pts = [((i, -i), i * i) for i in range(n)]
    back = pts[::-1]
    (x, y), z = back[0]
    return x * 100 + y * 10 + z + len(back)


CASES = {
    'rows_of_nested': [(1,), (4,)],
    'dijkstra_rows': [(1,), (5,), (9,)],
    'row_heap': [(0,), (7,), (20,)],
    'sorted_pairs': [(1,), (4,)],
    'nested_slice': [(1,), (5,)],
}
