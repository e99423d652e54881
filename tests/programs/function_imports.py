# Imports inside a function's body (`import heapq` at the top of a
# Dijkstra, `from math import sqrt` under an `if`): the module or function
# under that name, as the statement binds it when it runs; a name the file
# binds to something else keeps its own meaning.
from pycc import CC

cc = CC('function_imports_prog')


@cc.export('shortest', 'f8(i8)')
def shortest(n):
    import heapq
    h = [(float(n), 0)]
    for k in range(1, n):
        heapq.heappush(h, (float((k * 7) % n), k))
    total = 0.0
    while h:
        d, u = heapq.heappop(h)
        total = total * 0.5 + d + u
    return total


@cc.export('root_sum', 'f8(f8, b1)')
def root_sum(x, deep):
    if deep:
        from math import sqrt, floor as fl
        return sqrt(abs(x)) + fl(x)
    return x


@cc.export('reduced', 'i8(i8)')
def reduced(n):
    from functools import reduce
    import math as m
    r = reduce(lambda a, b: a * 3 + b, range(n), 1)
    return r + m.gcd(n, 12)


@cc.export('smallest', 'i8(i8)')
def smallest(n):
    from heapq import heappush, heappop
    h = []
    for k in range(n):
        heappush(h, (k * 37) % 11)
    s = 0
    while h:
        s = s * 2 + heappop(h)
    return s


CASES = {
    'shortest': [(1,), (5,), (12,)],
    'root_sum': [(2.25, True), (-7.5, True), (3.0, False)],
    'reduced': [(0,), (5,), (9,)],
    'smallest': [(0,), (6,)],
}
