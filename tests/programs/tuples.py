# Tuples (arguments, literals, returns, helpers) and divmod, against CPython.
from pycc import CC

cc = CC('tuples_prog')

MIN, MAX = -2**63, 2**63 - 1
I = [0, 1, -1, 7, -7, 2, -2, 3, MIN, MAX, MIN + 1]
F = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 7.25, -7.25, 3.0, 1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308,
     float('inf'), float('-inf'), float('nan')]


@cc.export('swap', 'UniTuple(f8, 2)(UniTuple(f8, 2))')
def swap(t):
    a, b = t
    return (b, a)


@cc.export('pick', 'f8(Tuple(i8, f8, b1))')
def pick(t):
    if t[2]:
        return t[0] + t[-2] + len(t)
    return t[-3] * t[1]


@cc.export('mixed', 'Tuple(i8, f8, b1)(i8, f8)')
def mixed(a, b):
    return a, b, a > b


def scale(p, s):
    x, y = p
    return (x * s, y * s, x + y)


@cc.export('scaled', '(f8, f8)')
def scaled(a, b):
    p = (a, b)
    q = scale(p, 2.0)
    r = q
    if a > 0:
        r = scale((q[0], q[1]), -1.0)
    return r


def first(t):
    return t[0]


@cc.export('through_helpers', 'i8(UniTuple(i8, 3))')
def through_helpers(t):
    u = t
    u = (u[2], u[1], u[0])
    return first(u) - first(t)


@cc.export('loop_tuple', '(i8,)')
def loop_tuple(n):
    p = (0, 1)
    for i in range(n):
        a, b = p
        p = (b, a + b)
    return p


@cc.export('idivmod', '(i8, i8)')
def idivmod(a, b):
    return divmod(a, b)


@cc.export('fdivmod', '(f8, f8)')
def fdivmod(a, b):
    q, r = divmod(a, b)
    return q, r


@cc.export('mdivmod', '(i8, f8)')
def mdivmod(a, b):
    t = divmod(a, b)
    return t[1], t[0]


@cc.export('bdivmod', '(b1, b1)')
def bdivmod(a, b):
    return divmod(a, b)


@cc.export('i4divmod', '(i4, i4)')
def i4divmod(a, b):
    return divmod(a, b)


@cc.export('divmod_items', 'f8(f8, f8, i8, i8)')
def divmod_items(x, y, a, b):
    # An item of divmod's pair, taken directly (the pair is computed once).
    return divmod(x, y)[0] * 1000.0 + divmod(x, y)[1] + divmod(a, b)[1] * 0.5


@cc.export('tuple_lens', 'i8(i8, f8)')
def tuple_lens(x, y):
    # len() of tuple values that are not variables: a display, the empty
    # tuple, a helper's result.
    return len((x, y, x + 1)) * 100 + len(()) * 10 + len(mixed(x, y))


CASES = {
    'tuple_lens': [(1, 2.0), (-5, 0.5)],
    'divmod_items': [(7.5, 2.0, -7, 2), (-7.5, 2.0, 7, -2), (1.0, 0.0, 1, 1), (1.0, 1.0, 1, 0), (-0.0, 3.0, 0, 5)],
    'swap': [((a, b),) for a in F[:6] for b in F[-3:]],
    'pick': [((a, b, c),) for a in [0, -1, 5] for b in F[:4] + F[-3:] for c in [True, False]],
    'mixed': [(a, b) for a in [0, -1, MAX] for b in [0.0, -0.0, float('nan'), 1e300]],
    'scaled': [(a, b) for a in F for b in [0.0, -1.5, float('inf')]],
    'through_helpers': [((a, b, c),) for a in [0, 1, MIN] for b in [2, -2] for c in [MAX, 0, -1]],
    'loop_tuple': [(n,) for n in [0, 1, 2, 10, 50]],
    'idivmod': [(a, b) for a in I for b in I],
    'fdivmod': [(a, b) for a in F for b in F],
    'mdivmod': [(a, b) for a in [0, 7, -7, MAX] for b in [0.0, -0.0, 2.5, -2.5, float('inf'), float('nan')]],
    'bdivmod': [(a, b) for a in [False, True] for b in [False, True]],
    'i4divmod': [(a, b) for a in [0, 7, -7, -2**31, 2**31 - 1] for b in [1, -1, 3, -3, 0]],
}

# divmod(MIN, -1) has a quotient past the declared width: CPython's big
# int, pycc's OverflowError (README, deviations).
# i4 // i4 is int64 arithmetic (numba's integer typing): only int64's MIN // -1 does not fit.
DEVIATIONS = {('idivmod', (MIN, -1)): 'OverflowError'}
