# min/max with key= (and default=) inside a larger expression: computed
# first into a temporary where CPython computes it first anyway.
from pycc import CC

cc = CC('minmax_key_nested')


def neg(x):
    return -x


def dist(p):
    return abs(p[0] - 3) + abs(p[1] - 1)


@cc.export('plus_one', 'i8(i8)')
def plus_one(n):
    xs = [(i * 7) % 5 for i in range(n)]
    return 1 + max(xs, key=lambda x: -x)


@cc.export('in_call', 'f8(i8)')
def in_call(n):
    xs = [float((i * 3) % 7) - 2.5 for i in range(n)]
    return abs(min(xs, key=neg, default=0.5)) * 10.0


@cc.export('pairs', 'i8(i8)')
def pairs(n):
    ps = [(i, (i * 5) % 4) for i in range(n)]
    best = min(ps, key=dist)[0] * 100
    best += max(ps, key=dist)[1]
    return best


@cc.export('augmented', 'i8(i8)')
def augmented(n):
    s = 10
    xs = [i % 3 for i in range(n)]
    s += 2 * max(xs, key=lambda x: x * x, default=-1)
    return s


@cc.export('tuple_value', 'i8(i8)')
def tuple_value(n):
    xs = [(i * 11) % 6 for i in range(n)]
    a, b = max(xs, key=neg), n
    return a * 1000 + b


N = (0, 1, 2, 5, 9)

CASES = {
    'plus_one': [(n,) for n in N],
    'in_call': [(n,) for n in N],
    'pairs': [(n,) for n in N],
    'augmented': [(n,) for n in N],
    'tuple_value': [(n,) for n in N],
}
