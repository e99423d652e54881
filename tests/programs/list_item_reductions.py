# sum(), min(), max() and math.prod() of an item of a list of lists
# (`sum(g[k])`): the item's header is read where the loop that reduces it
# runs, so it is set before that loop; also in a loop, under a test, with a
# start, and with an index that raises IndexError or an empty row that
# raises ValueError, as CPython.
import math
from pycc import CC

cc = CC("list_item_reductions")


@cc.export("row_stats", "i8(i8)")
def row_stats(n):
    g = [[i * j - 3 for j in range(4)] for i in range(n)]
    return sum(g[1]) + max(g[2]) * 100 + min(g[n - 1]) * 10000


@cc.export("each_row", "f8(i8)")
def each_row(n):
    g = [[0.5 * (i + j) for j in range(i + 1)] for i in range(n)]
    s = 0.0
    for k in range(n):
        s += sum(g[k]) - max(g[k]) + min(g[k]) * 0.5 + math.prod(g[k])
    return s


@cc.export("guarded", "i8(i8, i8)")
def guarded(n, k):
    g = [[] for _ in range(n)]
    for i in range(n):
        for j in range(i):
            g[i].append(j)
    if k < n:
        if sum(g[k]) > 2:
            return sum(g[k], 10)
    return -1


@cc.export("bad_index", "i8(i8, i8)")
def bad_index(n, k):
    g = [[i] * 3 for i in range(n)]
    return max(g[k])


@cc.export("empty_row", "i8(i8)")
def empty_row(n):
    g = [[] for _ in range(n)]
    g[0].append(5)
    return min(g[1])


CASES = {
    "row_stats": [(3,), (5,)],
    "each_row": [(1,), (4,)],
    "guarded": [(5, 3), (5, 1), (5, 9), (0, 0)],
    "bad_index": [(3, 1), (3, -1), (3, 3)],
    "empty_row": [(2,)],
}
