# Found by fuzz31's outside-style probes, against CPython.
from pycc import CC

cc = CC('fuzz31_found')


# A signed count of an unsigned shift: typing casts it to uint64, and the
# negative-count ValueError must read it before that cast.
@cc.export('u8_rshift_i8', 'u8(u8, i8)')
def u8_rshift_i8(a, n):
    return a >> n


@cc.export('u4_lshift_i4', 'u4(u4, i4)')
def u4_lshift_i4(a, n):
    return a << n


@cc.export('u2_aug_shift_i1', 'u2(u2, i1)')
def u2_aug_shift_i1(a, n):
    a >>= n
    a <<= n
    return a


@cc.export('u8_rshift_lit', 'u8(u8)')
def u8_rshift_lit(a):
    return a >> -1


# A uint64 count of a signed shift is never negative: 5 >> 2**63 is 0.
@cc.export('i8_rshift_u8', 'i8(i8, u8)')
def i8_rshift_u8(a, n):
    return a >> n


@cc.export('i8_lshift_u8', 'i8(i8, u8)')
def i8_lshift_u8(a, n):
    return a << n


# A uint64 exponent of a signed base: CPython's 0 ** 2**63 is 0 and an odd
# base's power wraps; the exponent's top bit is not a negative power.
@cc.export('i8_pow_u8', 'i8(i8, u8)')
def i8_pow_u8(a, b):
    return a ** b


CASES = {
    'u8_rshift_i8': [(a, n) for a in [0, 1, 2**64 - 1] for n in [0, 1, 63, 64, -1, -2**63]],
    'u4_lshift_i4': [(a, n) for a in [0, 1, 2**32 - 1] for n in [0, 1, 31, 32, -1, -2**31]],
    'u2_aug_shift_i1': [(a, n) for a in [0, 1, 65535] for n in [0, 3, -1, -128, 127]],
    'u8_rshift_lit': [(0,), (5,)],
    'i8_rshift_u8': [(a, n) for a in [0, 5, -5] for n in [0, 1, 63, 64, 2**63, 2**64 - 1]],
    'i8_lshift_u8': [(0, n) for n in [0, 1, 64, 2**63, 2**64 - 1]] + [(3, 2), (-1, 63)],
    'i8_pow_u8': [(a, b) for a in [0, 1, -1] for b in [0, 1, 2, 2**63, 2**63 + 1, 2**64 - 1]] + [(2, 5), (-3, 7)],
}
