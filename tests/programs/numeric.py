# round(x, ndigits), math.hypot, math.gamma and math.lgamma against CPython,
# which computes all four itself (not with libm): values bit for bit, and
# their ValueError / OverflowError cases. Edge values plus a few hundred
# deterministic random inputs each.
# differential: --fastmath
# (and once more with fastmath: floats within tests/differential.py's tolerance)
import math
import random
import struct
from pycc import CC

cc = CC('numeric')

TWO = 2
MINUS_THREE = -3


@cc.export('r_round', 'f8(f8, i8)')
def r_round(x, n):
    return round(x, n)


@cc.export('r_round_i4', 'f8(f8, i4)')
def r_round_i4(x, n):
    return round(x, n)


@cc.export('r_round_consts', 'UniTuple(f8, 4)(f8)')
def r_round_consts(x):
    return round(x, 0), round(x, TWO), round(x, MINUS_THREE), round(x, True)


@cc.export('r_round_int', 'UniTuple(i8, 6)(i8)')
def r_round_int(x):
    return round(x, 3), round(x, 0), round(x, -1), round(x, MINUS_THREE), round(x, -18), round(x, -25)


@cc.export('r_round_int_var', 'i8(i8, i8)')
def r_round_int_var(x, n):
    return round(x, n)


@cc.export('r_round_int_nested', 'i8(i8, i8)')
def r_round_int_nested(x, n):
    # Each round(x, n) of an int reads x and n several times; shared, the
    # compiled code grows linearly with the nesting (copied, 4**12 times).
    return round(round(round(round(round(round(round(round(round(round(round(round(x, n), n + 1), n), n - 1), n), n), n + 2), n), n), n - 2), n), n)


@cc.export('r_round_int_19', 'UniTuple(i8, 2)(i8)')
def r_round_int_19(x):
    return round(x, -19), round(x, -20)


@cc.export('r_round_narrow', 'i8(i2)')
def r_round_narrow(x):
    return round(x, -2)


@cc.export('h_hypot', 'f8(f8, f8)')
def h_hypot(x, y):
    return math.hypot(x, y)


@cc.export('h_hypot3', 'f8(f8, f8, f8)')
def h_hypot3(x, y, z):
    return math.hypot(x, y, z)


@cc.export('h_hypot4', 'f8(f8, f8, f8, f8)')
def h_hypot4(x, y, z, w):
    return math.hypot(x, y, z, w)


@cc.export('h_hypot1', 'f8(f8)')
def h_hypot1(x):
    return math.hypot(x)


@cc.export('h_hypot_int', 'f8(i8, i8)')
def h_hypot_int(a, b):
    return math.hypot(a, b)


@cc.export('g_gamma', 'f8(f8)')
def g_gamma(x):
    return math.gamma(x)


@cc.export('g_lgamma', 'f8(f8)')
def g_lgamma(x):
    return math.lgamma(x)


@cc.export('g_gamma_int', 'f8(i8)')
def g_gamma_int(n):
    return math.gamma(n) + math.lgamma(n)


INT_MIN, INT_MAX = -2**63, 2**63 - 1
EDGE = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, 2.5, -2.5, 0.125, 2.675, 49.5, 50.0, 150.0, 250.0, 950.0,
        5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 1e-20, -1e-21, 1e-300,
        5.0, 5.524680040776729, 23.0, 24.0, 139.9, 140.0, -140.5, 171.6, 171.7, 172.0, 200.0, 200.5, -200.5, -201.0,
        1e22, 123456789.5, 2.0**52 + 0.5, 1e300, -1e300, 1.7976931348623157e308, -1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan')]
NDIGITS = [0, 1, 2, -1, -2, 5, -5, 17, -17, 22, -22, 300, -300, -307, -308, -309, 322, 323, 324, 10**6, -10**6, INT_MIN, INT_MAX]

rng = random.Random(20261126)


def random_float():
    """Any bit pattern a third of the time, else moderate and rounded values."""
    k = rng.random()
    if k < 0.3:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if k < 0.6:
        return rng.uniform(-1000.0, 1000.0)
    if k < 0.8:
        return rng.uniform(-220.0, 220.0)
    return round(rng.uniform(-300.0, 300.0), rng.randrange(0, 4))


RANDOM = [random_float() for _ in range(400)]
INTS = [0, 1, -1, 5, -5, 15, 25, -25, 35, 49, 50, 150, 250, -250, 1499, 1500, 2500, -2500, 12345, -12345,
        5 * 10**17, 15 * 10**17, 25 * 10**17, -25 * 10**17, 10**18, INT_MIN, INT_MAX, INT_MIN + 1]
INTS += [rng.randrange(INT_MIN, INT_MAX) for _ in range(100)] + [rng.randrange(-10**6, 10**6) for _ in range(100)]

CASES = {
    'r_round': [(x, n) for x in EDGE for n in NDIGITS] + [(x, rng.choice([rng.randrange(-20, 20), rng.randrange(-330, 330)])) for x in RANDOM],
    'r_round_i4': [(x, n) for x in EDGE[:30] for n in (0, 1, 3, -1, -2**31, 2**31 - 1)],
    'r_round_consts': [(x,) for x in EDGE + RANDOM],
    'r_round_int': [(n,) for n in INTS],
    # Values whose roundings stay within int64 (past it pycc wraps, a README deviation).
    'r_round_int_nested': [(x, n) for x in [x for x in INTS if abs(x) < 10**17] + [149, -250, 12345678901234567] for n in (-1, -2, -5, -16, 0, 1)],
    'r_round_int_var': [(x, n) for x in INTS[:40] for n in list(range(-21, 3)) + [-400, INT_MAX]] + [(x, rng.randrange(-22, 3)) for x in INTS[40:]],
    'r_round_int_19': [(n,) for n in INTS + [5 * 10**18, -5 * 10**18, 5 * 10**18 + 1, -5 * 10**18 - 1]],
    'r_round_narrow': [(n,) for n in [0, 49, 50, 150, 250, -250, -32768, 32767, 12345]],
    'h_hypot': [(x, y) for x in EDGE for y in EDGE] + [(RANDOM[i], RANDOM[i - 1]) for i in range(len(RANDOM))],
    'h_hypot3': [(x, y, z) for x, y, z in zip(EDGE, EDGE[1:], EDGE[2:])] + [(RANDOM[i], RANDOM[i - 1], RANDOM[i - 2]) for i in range(len(RANDOM))],
    'h_hypot4': [(RANDOM[i], RANDOM[i - 1], RANDOM[i - 2], rng.random()) for i in range(len(RANDOM))] + [(0.0, -0.0, float('nan'), float('inf')), (1e-310, 5e-324, 0.0, 1e-320)],
    'h_hypot1': [(x,) for x in EDGE],
    'h_hypot_int': [(a, b) for a in INTS[:30] for b in INTS[:30:3]],
    'g_gamma': [(x,) for x in EDGE + RANDOM] + [(float(n),) for n in range(-30, 30)] + [(n + 0.5,) for n in range(-180, 180, 7)],
    'g_lgamma': [(x,) for x in EDGE + RANDOM] + [(float(n),) for n in range(-30, 30)] + [(n + 0.5,) for n in range(-180, 180, 7)],
    'g_gamma_int': [(n,) for n in [0, 1, 2, 3, -1, 23, 24, 170, 171, 172, INT_MIN, INT_MAX]],
}
