# heapq works on list variables (nsmallest without key=); tuples compare with tuples; an exported
# function takes no nested tuple parameter yet.
import heapq
from heapq import heappush, nsmallest
from pycc import CC

cc = CC('heapq_tuples')


@cc.export('smallest', 'i8(i8)')
def smallest(n):
    h = [3, 1, 2]
    nsmallest(n, h, key=abs)
    return n


@cc.export('not_list', 'i8(i8)')
def not_list(n):
    heappush((1, 2), n)
    return n


@cc.export('mixed_items', 'i8(i8)')
def mixed_items(n):
    h = [((1, 2), 3)]
    heapq.heappush(h, (1, 2, 3))
    return len(h)


@cc.export('tuple_number', 'b1(i8)')
def tuple_number(n):
    return (n, 1) < n


@cc.export('nested_param', 'i8(Tuple((i8, UniTuple(i8, 2))))')
def nested_param(t):
    return t[1][0]


@cc.export('conditional_pop', 'b1(i8)')
def conditional_pop(n):
    h = [3, 1, 2]
    m = 1 + (min(h[1:]) if n > 0 else 0)
    return n > 0 and heapq.heappop(h) > m


def count(L):
    return len(L)


@cc.export('leave', 'i8(i8)')
def leave(n):
    a = [((1, 2), n)]
    return count(a)
