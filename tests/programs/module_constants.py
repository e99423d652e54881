# Module-level constants from constant expressions, folded with CPython's
# semantics at compile time.
from pycc import CC

cc = CC('module_constants_prog')

INF = 10**18
NEG_INF = -10**18
MOD = 10**9 + 7
M = 12
N = 2 * M + 1
EPS = 1e-9
TINY = 10**-9
HALF = 7 / 2
NEG = -1
FLOORS = -7 // 2
MODS = -7 % 3
FFLOOR = 7.5 // -2
FMOD = -7.5 % 2
FMOD_ZERO = -6.0 % 3
ROOT = 2 ** 0.5
SHIFTED = 1 << 40
INVERTED = ~5
MASK = (1 << 20) - 1 ^ 0x55
BOOLS = True + True * 3
POS = +True
MIXED = N * EPS - 3
BIG_DIV = 2**60 // 3 % MOD
THIRD = 1 / 3 + 0.1


@cc.export('ints', 'i8(i8)')
def ints(k):
    return (INF + NEG_INF + MOD + N * k + NEG + FLOORS * 100 + MODS * 1000 + SHIFTED
            + INVERTED + MASK + BOOLS + POS + BIG_DIV)


@cc.export('floats', 'f8(i8)')
def floats(k):
    return EPS * k + TINY + HALF + FFLOOR * 10 + FMOD * 100 + ROOT + MIXED + THIRD


@cc.export('signed_zero', 'f8()')
def signed_zero():
    return FMOD_ZERO


@cc.export('modpow', 'i8(i8, i8)')
def modpow(b, e):
    r = 1
    b %= MOD
    while e > 0:
        if e & 1:
            r = r * b % MOD
        b = b * b % MOD
        e >>= 1
    return r


CASES = {
    'ints': [(0,), (1,), (-5,), (1000,)],
    'floats': [(0,), (3,), (-7,)],
    'signed_zero': [()],
    'modpow': [(2, 10), (3, 1000000), (123456789, 987654321)],
}
