# Integer `**` with a variable exponent (issue 16 item 4): numba's types
# (int ** int is an int of the operands' unified type), CPython's values
# modulo 2**width (wrap mode) or OverflowError where they do not fit
# (--overflow=raise), ZeroDivisionError for 0 ** negative. Negative
# exponents of other bases (numba's int result, not CPython's float) are
# checked in tests/e2e.rs `int_power_negative_exponent_is_numbas`.
# differential: --overflow=raise
from pycc import CC

cc = CC('int_powers')


@cc.export('p8', 'i8(i8, i8)')
def p8(a, b):
    return a ** b


@cc.export('p4', 'i4(i4, i4)')
def p4(a, b):
    return a ** b


@cc.export('pu8', 'u8(u8, u8)')
def pu8(a, b):
    return a ** b


@cc.export('pu1', 'u1(u1, u1)')
def pu1(a, b):
    return a ** b


@cc.export('mixed', 'i8(i8, u4)')
def mixed(a, b):
    return a ** b + 1


@cc.export('loop', 'i8(i8)')
def loop(n):
    s = 0
    for k in range(n):
        s += 3 ** k - k ** 2
    return s


@cc.export('aug', 'i8(i8, i8)')
def aug(a, b):
    a **= b
    return a


BASES = [0, 1, -1, 2, -2, 3, -3, 7, 10, -10, 255, 65536, 2**31, -2**31, 3037000499, 3037000500, 2**62]
EXPS = [0, 1, 2, 3, 5, 7, 8, 15, 16, 19, 20, 31, 32, 33, 39, 40, 41, 62, 63, 64]
CASES = {
    'p8': [(a, b) for a in BASES for b in EXPS] + [(0, -1), (0, -7), (0, 0), (1, 10**9), (-1, 10**9 + 1), (0, 10**9)],
    'p4': [(a, b) for a in [0, 1, -1, 2, -2, 3, -3, 46340, 46341, -46341, 2**30] for b in [0, 1, 2, 19, 20, 21, 30, 31, 32]] + [(0, -2)],
    'pu8': [(a, b) for a in [0, 1, 2, 3, 15, 255, 2**32 - 1, 2**32, 2**63] for b in [0, 1, 2, 31, 32, 40, 41, 63, 64, 65]],
    'pu1': [(a, b) for a in [0, 1, 2, 3, 15, 16, 255] for b in [0, 1, 2, 7, 8, 9, 255]],
    'mixed': [(a, b) for a in [-3, 2, 5] for b in [0, 4, 27, 40]],
    'loop': [(0,), (10,), (39,), (41,)],
    'aug': [(3, 4), (-2, 63), (-2, 64), (0, -3)],
}
