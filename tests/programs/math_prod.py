# math.prod of lists (displays, comprehensions, variables, slices) and
# tuples, with `start=` (also computed, a list's loop reading it); builtins over stepped list slices (max(lst[::2]));
# sum/min/max/any/all of a range.
import math
from pycc import CC

cc = CC('math_prod_prog')


@cc.export('prod_f', 'f8(i8)')
def prod_f(n):
    return math.prod([i * 0.5 - 1.25 for i in range(n)])


@cc.export('prod_i', 'i8(i8)')
def prod_i(n):
    lst = [i + 1 for i in range(n)]
    return math.prod(lst) + math.prod(lst[::2]) - math.prod(lst[1:4], start=-3)


@cc.export('prod_arg', 'f8(List(float64), f8)')
def prod_arg(xs, s):
    return math.prod(xs) + math.prod(xs, start=s) + math.prod(xs[::-1])


@cc.export('prod_start_expr', 'f8(List(float64), f8, i8)')
def prod_start_expr(xs, s, n):
    # A computed start= of a list name (the list's loop reads it) and of a
    # tuple variable.
    t = (s, n)
    return math.prod(xs, start=s * 2.0 + len(xs)) - math.prod(t, start=n - 1) + math.prod(xs, start=-s)


@cc.export('prod_tuple', 'f8(f8, i8, b1)')
def prod_tuple(x, n, b):
    t = (x, n, b)
    return math.prod(t) + math.prod((n, n, b)) * 0.5 + math.prod((x,), start=n)


@cc.export('prod_bools', 'i8(i8)')
def prod_bools(n):
    return math.prod([i % 3 != 0 for i in range(n)]) + math.prod([True, True], start=True)


@cc.export('slices', 'f8(List(float64))')
def slices(xs):
    return max(xs[::2]) + min(xs[1::2]) * 2.0 + sum(xs[::-1]) + max(xs[::-3]) - min(xs[:1:-2])


@cc.export('slices_i', 'i8(i8, i8)')
def slices_i(n, k):
    lst = [i * 7 % 5 - 2 for i in range(n)]
    m = max(lst[::k]) if lst else 0
    return m * 100 + (min(lst[k::2]) if len(lst[k::2]) > 0 else 99) if k != 0 else 0



@cc.export('range_folds', 'f8(i8, i8, i8)')
def range_folds(a, b, c):
    t = sum(range(a)) + sum(range(a, b, c)) * 3 + any(range(a, b)) * 5 + all(range(b, a, -1)) * 7
    if len(list(range(a, b, c))) > 0:
        t += max(range(a, b, c)) * 11 - min(range(a, b, c)) + math.prod(list(range(1, b % 9)))
    return t + sum(range(b)) / (a if a != 0 else 3)

F = [0.0, -0.0, 1.5, -2.5, float('inf'), float('nan'), 1e300, 1e-300, -3.0]
CASES = {
    'range_folds': [(a, b, c) for a in (0, 3, -4, 10) for b in (0, 7, -9, 2**20) for c in (1, 2, -1, -3, 0)],
    'prod_f': [(n,) for n in (0, 1, 2, 3, 5, 8, 40)],
    'prod_i': [(n,) for n in (0, 1, 2, 4, 6, 20, 21, 30)],
    'prod_arg': [([], 2.0), ([1.5], -0.0), ([2.0, -3.0, 0.5], 4.0), (F, 1.0), (F[:4], float('nan')), ([1e300, 1e300, 0.0], 2.0)],
    'prod_start_expr': [([], 2.0, 3), ([1.5, -2.0], 0.25, -4), (F, 1.0, 2)],
    'prod_tuple': [(x, n, b) for x in F for n in (0, -3, 2**30) for b in (True, False)],
    'prod_bools': [(n,) for n in (0, 1, 2, 3, 7)],
    'slices': [(F,), ([1.0],), ([2.0, 1.0],), ([0.0, -0.0, -0.0, 0.0],), ([],), ([float('nan'), 1.0, 2.0],)],
    'slices_i': [(n, k) for n in (0, 1, 2, 5, 9) for k in (1, 2, 3, -1, -2, 0, 7)],
}
