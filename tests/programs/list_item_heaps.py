# heapq on an item of a list of lists (`heappush(heaps[k], x)`, one heap per
# bucket) and the truth of such an item as a condition (`if not heaps[k]:`,
# `while heaps[k] and ...`): the item is the same list, as in CPython.
import heapq
from heapq import heappop, heappush
from pycc import CC

cc = CC('list_item_heaps_prog')


@cc.export('buckets', 'i8(i8, i8)')
def buckets(n, k):
    heaps = [[(0, 0)]]
    for i in range(k):
        h = [(0, 0)]
        heaps.append(h)
        h.pop()
    heaps[0].pop()
    for i in range(n):
        heappush(heaps[i % k], ((i * 7919) % 13, i))
    total = 0
    for j in range(k):
        if not heaps[j]:
            total += 1000
            continue
        best, idx = heappop(heaps[j])
        total += best * 10 + idx
        while heaps[j] and total % 3 != 0:
            a, b = heapq.heappop(heaps[j])
            total += a + b
    empty = 0
    for j in range(k + 1):
        if heaps[j]:
            empty += 1
    return total * 100 + empty


@cc.export('replace_top', 'i8(i8)')
def replace_top(n):
    hs = [[0] * 0 for _ in range(3)]
    for i in range(n):
        heappush(hs[i % 3], -i)
    out = 0
    for j in range(3):
        if hs[j]:
            r = heapq.heapreplace(hs[j], j)
            out = out * 7 + r
            heapq.heappushpop(hs[j], 2 * j)
            out += len(hs[j]) + hs[j][0]
    return out


CASES = {
    'buckets': [(0, 1), (1, 1), (10, 3), (50, 4), (7, 9)],
    'replace_top': [(0,), (1,), (5,), (12,)],
}
