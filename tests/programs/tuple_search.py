# `t.index(x)` and `t.count(x)` of tuple variables (CPython's `==` search
# in order; `ValueError: tuple.index(x): x not in tuple`), and
# `enumerate(xs, start=k)` by keyword; a list's `index` of a computed
# needle inside a larger expression.
from pycc import CC

cc = CC('tuple_search')


@cc.export('index_of', 'i8(i8)')
def index_of(n):
    t = (3, 1, 4, 1, 5)
    return t.index(n)


@cc.export('count_of', 'i8(i8)')
def count_of(n):
    t = (3, 1, 4, 1, 5, n)
    return t.count(1) * 10 + t.count(n)


@cc.export('bool_items', 'i8(b1)')
def bool_items(b):
    t = (True, b, False, True)
    return t.count(b) * 10 + t.index(not b)


@cc.export('in_expression', 'i8(i8)')
def in_expression(n):
    t = (n, n + 1, n + 2)
    return 1 + t.index(n + 2) * t.count(n)


@cc.export('float_needle', 'i8(f8)')
def float_needle(x):
    t = (3, 1, 4)
    return t.count(x) * 10 + t.index(x)


@cc.export('list_index_in_sum', 'i8(i8)')
def list_index_in_sum(n):
    # The needle `n + 2` is computed before the search, inside a sum.
    xs = [n, n + 1, n + 2]
    return 1 + xs.index(n + 2) + xs.count(n * 1)


@cc.export('enumerate_start', 'i8(i8)')
def enumerate_start(n):
    s = 0
    for i, v in enumerate(range(n), start=10):
        s += i * v
    for i, v in enumerate([4, 5], start=-n):
        s += i * v
    return s


CASES = {
    'index_of': [(n,) for n in (3, 1, 4, 5, 2, -1)],
    'count_of': [(n,) for n in (0, 1, 3, 7)],
    'bool_items': [(True,), (False,)],
    'float_needle': [(x,) for x in (1.0, 1.5, float('nan'), 4.0)],
    'in_expression': [(n,) for n in (0, 1, -5)],
    'list_index_in_sum': [(n,) for n in (0, 2, -7)],
    'enumerate_start': [(n,) for n in (0, 1, 5)],
}
