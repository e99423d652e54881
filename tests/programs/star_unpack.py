# Starred unpacking of tuples: `a, *rest = t`, `first, *mid, last = t`,
# `*init, x = f(n)`: the starred name is a list of the items between, as
# CPython's.
from pycc import CC

cc = CC('star_unpack')


def triple(n):
    return n, n * 2.5, n - 1.0


@cc.export('head_rest', 'i8(i8)')
def head_rest(n):
    t = (n, n + 1, n + 2, n + 3)
    a, *rest = t
    return a * 1000 + len(rest) * 100 + rest[0] + rest[-1] + sum(rest)


@cc.export('first_mid_last', 'i8(i8)')
def first_mid_last(n):
    t = (n, n * 2, n * 3, n * 4, n * 5)
    first, *mid, last = t
    mid.append(7)
    return first + len(mid) * 10 + mid[1] * 100 + last * 1000


@cc.export('from_call', 'f8(f8)')
def from_call(x):
    *init, last = triple(x)
    return init[0] + init[1] * 10.0 + last * 100.0


@cc.export('from_display', 'i8(i8)')
def from_display(n):
    a, *b = n, n + 1, n + 2
    return a + b[0] * 10 + b[1] * 100


@cc.export('self_rebind', 'i8(i8)')
def self_rebind(n):
    t = (n, 2, 3)
    t, *r = t
    return t * 100 + r[0] * 10 + r[1]


@cc.export('star_loop', 'i8(i8)')
def star_loop(n):
    t = (1, n, 3, n)
    _, *xs = t
    s = 0
    for x in xs:
        s = s * 10 + x
    return s


N = [-3, 0, 1, 2, 7]
CASES = {
    'head_rest': [(n,) for n in N],
    'first_mid_last': [(n,) for n in N],
    'from_call': [(x,) for x in (0.0, 1.5, -2.25, float('nan'))],
    'from_display': [(n,) for n in N],
    'self_rebind': [(n,) for n in N],
    'star_loop': [(n,) for n in N],
}
