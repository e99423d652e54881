# list.index(x), list.count(x), list.remove(x) and list.clear() on lists of
# numbers, as CPython's list_index/list_count/list_remove (`==` in order;
# ValueError "x is not in list", with x's repr), numba's typed-list methods.
from pycc import CC

cc = CC('list_search_methods')


@cc.export('index_of', 'i8(i8, i8)')
def index_of(n, x):
    L = [i * i % 7 for i in range(n)]
    return L.index(x) * 100 + L.count(x)


@cc.export('float_index', 'i8(f8)')
def float_index(x):
    L = [0.5, -0.0, 2.0, 0.5]
    return L.index(x) + 10 * L.count(x)


@cc.export('remove_all', 'i8(i8, i8)')
def remove_all(n, x):
    L = [i % 3 for i in range(n)]
    while x in L:
        L.remove(x)
    s = 0
    for v in L:
        s = s * 3 + v
    return s * 1000 + len(L)


@cc.export('remove_missing', 'i8(i8)')
def remove_missing(x):
    L = [1, 2, 3]
    L.remove(x)
    return L[0] * 10 + L[1]


@cc.export('clear_then', 'i8(i8)')
def clear_then(n):
    L = [1, 2]
    for i in range(n):
        L.append(i)
    L.clear()
    L.append(7)
    L.index(7)
    return len(L) + L[0]


@cc.export('while_else', 'i8(i8, i8)')
def while_else(n, stop):
    # A condition that searches a list runs before each test; `else` runs
    # when it turns false, not after `break`; `continue` tests again.
    L = [0]
    k = 0
    while n not in L:
        k += 1
        L.append(k * 2)
        if k == stop:
            break
        if k % 3 == 0:
            continue
        L.append(k * 2 + 1)
    else:
        k += 1000
    return k * 10 + len(L)


def _msg(arg_tuples):
    # With the message compared too.
    return [{'args': a, 'kwargs': {}} for a in arg_tuples]


CASES = {
    'index_of': _msg([(10, 0), (10, 1), (10, 2), (10, 4), (10, 3), (0, 0), (5, 6)]),
    'float_index': _msg([(0.5,), (0.0,), (-0.0,), (2.0,), (float('nan'),), (3.0,), (1e300,)]),
    'remove_all': [(10, 0), (10, 1), (10, 5), (0, 0)],
    'remove_missing': _msg([(1,), (2,), (3,), (4,), (-1,)]),
    'clear_then': [(0,), (5,)],
    'while_else': [(0, 5), (7, 100), (7, 2), (8, 100), (12, 100), (13, 3)],
}
