# Arithmetic on ints narrower than 64 bits follows numba's integer typing:
# both operands are widened to 64 bits first (signed unless both are
# unsigned), so results past the narrow range are CPython's exact values
# (numba: int8 + int8 is int64). abs/min/max keep the type, as numba's.
from numba.pycc import CC

cc = CC('narrow_int_typing')


@cc.export('add_i1', 'i8(i1, i1)')
def add_i1(a, b):
    return a + b


@cc.export('neg_i1', 'i8(i1)')
def neg_i1(a):
    return -a


@cc.export('mul_u1', 'i8(u1, u1)')
def mul_u1(a, b):
    return a * b


@cc.export('mixed_sign', 'i8(i2, u2)')
def mixed_sign(a, b):
    return a * b - b


@cc.export('ratio', 'f8(i2, i2)')
def ratio(a, b):
    return (a * b) / 3


@cc.export('shift', 'i8(i4, i8)')
def shift(a, k):
    return a << k


@cc.export('floor_mod', 'UniTuple(i8, 2)(i1, i1)')
def floor_mod(a, b):
    return divmod(a * b, 7)


@cc.export('local_sum', 'i8(i1, i1, i8)')
def local_sum(a, b, n):
    s = a
    for _ in range(n):
        s = s + b * b
    return s


@cc.export('bits', 'i8(u1, u1)')
def bits(a, b):
    return (a | b) + (a & b) + (a ^ b)


@cc.export('abs_min', 'i8(i1, i1)')
def abs_min(a, b):
    return abs(a) + min(a, b) * 1000


CASES = {
    'add_i1': [(127, 1), (-128, -128), (5, -3)],
    'neg_i1': [(-128,), (127,), (0,)],
    'mul_u1': [(255, 255), (0, 7)],
    'mixed_sign': [(-32768, 65535), (32767, 2)],
    'ratio': [(32767, 32767), (-32768, 32767)],
    'shift': [(2147483647, 4), (-2147483648, 20)],
    'floor_mod': [(-128, 127), (100, 100)],
    'local_sum': [(100, 127, 3), (-128, -128, 5)],
    'bits': [(255, 170), (0, 0)],
    'abs_min': [(-127, 5), (100, -128)],
}
