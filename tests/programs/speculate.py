"""`and`, `or`, chained comparisons and `x if c else y` whose operands have
no effects are computed without branches (lower's `speculatable`); operands
that may raise still run only when Python runs them."""
from pycc import CC

cc = CC('speculate')


@cc.export('guarded_div', 'b1(f8, f8)')
def guarded_div(x, y):
    return x != 0.0 and y / x > 1.0


@cc.export('guarded_floordiv', 'i8(i8, i8)')
def guarded_floordiv(a, b):
    return a // b if b != 0 else -1


@cc.export('int_or', 'i8(i8, i8, i8)')
def int_or(a, b, c):
    return a * b or b - c or c + 1


@cc.export('float_and', 'f8(f8, f8)')
def float_and(x, y):
    return x and y * 2.0 and x - y


@cc.export('chain_mixed', 'b1(u8, i8, f8)')
def chain_mixed(u, s, f):
    return s < u <= f < 1e30 != s


@cc.export('ternary_nested', 'f8(f8)')
def ternary_nested(x):
    return x + 1.0 if x > 2.0 else (x - 1.0 if x > 1.0 else (x * 3.0 if x > 0.0 else -x))


@cc.export('wraps_when_unused', 'i8(i8, i8)')
def wraps_when_unused(a, c):
    return c and a * a * a * a


CASES = {
    'guarded_div': [(0.0, 1.0), (2.0, 5.0), (2.0, 1.0), (-0.0, 3.0), (float('nan'), 1.0)],
    'guarded_floordiv': [(7, 0), (7, 2), (-7, 2)],
    'int_or': [(0, 5, 5), (2, 3, 0), (0, 0, -1), (0, 0, 0)],
    'float_and': [(0.0, 1.0), (1.0, 0.0), (3.0, 1.5), (float('nan'), 2.0), (-0.0, 1.0)],
    'chain_mixed': [(5, 1, 7.0), (5, -1, 7.0), (2**64 - 1, 0, 1.9e19), (0, -5, 0.0), (3, 1, float('nan'))],
    'ternary_nested': [(3.0,), (1.5,), (0.5,), (-2.0,), (float('nan'),), (2.0,), (1.0,)],
    'wraps_when_unused': [(3, 1), (3, 0), (2**10, 1), (2**40, 0)],
}
