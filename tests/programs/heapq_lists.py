from heapq import heappush, heappop, heapify
import heapq
from pycc import CC
cc = CC('heapq_lists')


@cc.export('sort_ints', 'i8(i8, i8)')
def sort_ints(n, seed):
    h = [0]
    h.pop()
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 1000
        heappush(h, x)
    acc = 0
    while h:
        acc = acc * 7 + heappop(h)
        acc %= 1000000007
    return acc


@cc.export('ties', 'i8(i8)')
def ties(n):
    q = [((0, 0), -1)]
    for i in range(n):
        heappush(q, ((i % 3, (i * 7) % 2), i))
    out = 0
    while q:
        (d, f), key = heappop(q)
        out = (out * 31 + key * 5 + d * 2 + f) % 1000000007
    return out


@cc.export('heapify_floats', 'f8(i8)')
def heapify_floats(n):
    h = [float(i * 37 % 11) - 0.5 * i for i in range(n)]
    heapify(h)
    s = 0.0
    k = 1.0
    while len(h) > 0:
        s += heapq.heappop(h) * k
        k += 1.0
    return s


@cc.export('replace', 'i8(i8)')
def replace(n):
    h = [(5, 1), (3, 2), (9, 0), (3, 1)]
    heapq.heapify(h)
    a, b = heapq.heapreplace(h, (n, 7))
    c, d = heapq.heappushpop(h, (n - 1, 2))
    e, f = heappop(h)
    return a * 1000000 + b * 100000 + c * 10000 + d * 1000 + e * 10 + f


@cc.export('empty_pop', 'i8(i8)')
def empty_pop(n):
    h = [1]
    for i in range(n):
        heappop(h)
    return len(h)


CASES = {
    'sort_ints': [(0, 1), (1, 5), (10, 3), (100, 7)],
    'ties': [(0,), (1,), (5,), (20,)],
    'heapify_floats': [(0,), (1,), (9,), (30,)],
    'replace': [(0,), (4,), (10,)],
    'empty_pop': [(0,), (1,), (2,)],
}
