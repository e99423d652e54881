# math.frexp and math.modf (pairs: unpacked, indexed, returned),
# math.ldexp, math.remainder, each with CPython's special cases and errors
# (mathmodule.c), and an indexed divmod.
import math
from math import frexp
from pycc import CC

cc = CC('math_tuples_prog')


@cc.export('frexp_parts', 'f8(f8)')
def frexp_parts(x):
    return math.frexp(x)[0] * 1000.0 + math.frexp(x)[1]


@cc.export('frexp_pair', 'Tuple((f8, i8))(f8)')
def frexp_pair(x):
    m, e = frexp(x)
    return m, e + 1


@cc.export('frexp_f4', 'i8(f4)')
def frexp_f4(x):
    return math.frexp(x)[-1]


@cc.export('modf_parts', 'f8(f8)')
def modf_parts(x):
    return math.modf(x)[1] - math.modf(x)[0]


@cc.export('modf_pair', 'UniTuple(f8, 2)(f8)')
def modf_pair(x):
    return math.modf(x)


@cc.export('modf_int', 'f8(i8)')
def modf_int(n):
    f, i = math.modf(n)
    return f + i


@cc.export('ldexp_', 'f8(f8, i8)')
def ldexp_(x, e):
    return math.ldexp(x, e)


@cc.export('ldexp_small', 'f8(f8, i4, b1)')
def ldexp_small(x, e, b):
    return math.ldexp(x, e) + math.ldexp(x, b)


@cc.export('remainder_', 'f8(f8, f8)')
def remainder_(x, y):
    return math.remainder(x, y)


@cc.export('remainder_int', 'f8(i8, i8)')
def remainder_int(a, b):
    return math.remainder(a, b)


@cc.export('divmod_items', 'i8(i8, i8)')
def divmod_items(a, b):
    return divmod(a, b)[0] * 100 + divmod(a, b)[-1]


@cc.export('divmod_float_items', 'f8(f8, f8)')
def divmod_float_items(a, b):
    return divmod(a, b)[1] + divmod(a, b)[0] * 0.5


INF, NAN = float('inf'), float('nan')
SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, 3.75, -3.75, 1e308, -1e-308, 5e-324, -5e-324, 2.5e-310,
           INF, -INF, NAN, 1e16 + 2, 4503599627370497.5, 123456.789]
CASES = {
    'frexp_parts': [(x,) for x in SPECIAL],
    'frexp_pair': [(x,) for x in SPECIAL],
    'frexp_f4': [(x,) for x in (0.0, 1.5, -3e-40, 3e38, INF, NAN)],
    'modf_parts': [(x,) for x in SPECIAL],
    'modf_pair': [(x,) for x in SPECIAL],
    'modf_int': [(n,) for n in (0, -5, 2**62)],
    'ldexp_': [(x, e) for x in (0.0, -0.0, 1.0, -0.75, 5e-324, 1e308, INF, -INF, NAN)
               for e in (0, 1, -1, 3, 1023, 1024, -1074, -1075, -1076, 2100, -2100, 2**31, -2**31 - 1,
                         2**62, -2**62, 2**63 - 1, -2**63)],
    'ldexp_small': [(1.5, 10, True), (-2.0, -1030, False), (1e300, 2**31 - 1, True)],
    'remainder_': [(x, y) for x in (0.0, -0.0, 1.0, -1.0, 2.5, 3.5, -3.5, 7.0, 1e308, 5e-324, INF, -INF, NAN)
                   for y in (0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 3.0, 1e-308, 1e308, INF, -INF, NAN)],
    'remainder_int': [(a, b) for a in (0, 7, -7, 5, 2**60 + 1) for b in (0, 2, -2, 3)],
    'divmod_items': [(a, b) for a in (7, -7, 0, 2**63 - 1, -2**63) for b in (2, -2, 1, -1, 0)],
    'divmod_float_items': [(a, b) for a in (7.5, -7.5, 0.0, INF, NAN) for b in (2.0, -2.0, 0.0, -0.0, INF)],
}
DEVIATIONS = {('divmod_items', (-2**63, -1)): 'OverflowError'}


@cc.export('next_ulp', 'f8(f8, f8)')
def next_ulp(x, y):
    return math.nextafter(x, y) - x + math.ulp(x)


@cc.export('next_f4', 'f8(f4, f4)')
def next_f4(x, y):
    return math.nextafter(x, y) + math.ulp(y)


CASES['next_ulp'] = [(x, y) for x in SPECIAL for y in (0.0, -0.0, 1.0, INF, -INF, NAN)]
CASES['next_f4'] = [(x, y) for x in (0.0, 1.5, -2.0 ** -130) for y in (0.0, 2.0, INF, NAN)]


# An item of a pair in a `while` test and in conditional arms (typed in
# place: nothing runs before the statement).
@cc.export('pairs_in_tests', 'f8(f8, i8)')
def pairs_in_tests(x, n):
    t = 0.0
    i = 0
    while i < n and divmod(x, 2.5)[1] > 0.5 * i:
        t += math.frexp(x)[0] if x > 1.0 else math.modf(x)[-1]
        i += 1
    return t + (divmod(n, 3)[0] if n > 2 else float(math.frexp(x)[1]))


CASES['pairs_in_tests'] = [(x, n) for x in (0.0, 7.3, -2.5, 1e300, INF, NAN) for n in (0, 1, 3, 5)]


# CPython's order: `i % 0` raises before frexp's sinh overflows; gamma's
# ValueError before divmod's ZeroDivisionError (found by fuzz/programs).
@cc.export('order_first', 'f8(i8, f8)')
def order_first(i, y):
    return (i % (int(y > y) & 1)) * math.frexp(math.sinh(y))[-2]


@cc.export('order_second', 'f8(f8, f8)')
def order_second(x, y):
    return math.gamma(x) + (y - divmod(x, y)[0])


CASES['order_first'] = [(3, 1e10), (0, 1.0)]
CASES['order_second'] = [(-1.0, 0.0), (2.5, 0.0), (-1.0, 2.0), (3.0, 1.5)]
