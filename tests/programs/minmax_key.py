# `min`/`max` of one iterable with `key=` (a lambda, a builtin or a
# function of the file) and `default=`, as an assignment's or a return's
# value: each key computed once, in order; the first extreme kept (ties,
# nans); an empty iterable gives the default or CPython's ValueError.
from pycc import CC

cc = CC('minmax_key')


def dist(v):
    return (v - 3) * (v - 3)


@cc.export('lambda_key', 'i8(i8)')
def lambda_key(n):
    xs = [3, -7, n, 2, -2]
    a = min(xs, key=lambda v: abs(v))
    b = max(xs, key=lambda v: v % 5)
    return a * 100 + b


@cc.export('builtin_key', 'i8(i8)')
def builtin_key(n):
    xs = [5, -9, n, 4]
    return max(xs, key=abs)


@cc.export('function_key', 'i8(i8)')
def function_key(n):
    return min(range(n), key=dist)


@cc.export('defaults', 'f8(i8)')
def defaults(n):
    xs = [i * 0.5 for i in range(n)]
    lo = min(xs, default=-1.0)
    hi = max(xs, key=lambda x: -x, default=99.0)
    return lo * 1000 + hi


@cc.export('floats_nan', 'f8(f8)')
def floats_nan(x):
    xs = [2.0, x, -1.0, x]
    a = max(xs, key=lambda v: v * v)
    b = min(xs, key=lambda v: -v)
    return a + b * 10.0


@cc.export('tuple_items', 'i8(i8)')
def tuple_items(n):
    pts = [(1, 5), (n, 2), (3, 3)]
    best = min(pts, key=lambda p: p[1])
    return best[0] * 10 + best[1]


N = [-4, 0, 1, 2, 3, 6, 10]
CASES = {
    'lambda_key': [(n,) for n in N],
    'builtin_key': [(n,) for n in N + [-9, 9]],
    'function_key': [(n,) for n in N],
    'defaults': [(n,) for n in N],
    'floats_nan': [(x,) for x in (0.0, 3.0, -3.0, float('nan'), float('inf'), -2.0)],
    'tuple_items': [(n,) for n in N],
}
