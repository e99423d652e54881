# Arithmetic with Python's semantics: / // % signs, -0.0, inf, nan, and
# ZeroDivisionError/OverflowError, against CPython on edge values.
from pycc import CC

cc = CC('arith')

F = [0.0, -0.0, 1.0, -1.0, 2.5, -7.5, 3.0, 1e-310, -1e308, 1e308, float('inf'), float('-inf'), float('nan')]
I = [0, 1, -1, 2, -2, 3, -7, 7, 100, -2**63, 2**63 - 1]
I32 = [0, 1, -1, 5, -5, 2**31 - 1, -2**31]


@cc.export('fdiv', 'f8(f8, f8)')
def fdiv(a, b):
    return a / b


@cc.export('ftruediv_int', 'f8(i8, i8)')
def ftruediv_int(a, b):
    return a / b


@cc.export('ffloordiv', 'f8(f8, f8)')
def ffloordiv(a, b):
    return a // b


@cc.export('fmod', 'f8(f8, f8)')
def fmod(a, b):
    return a % b


@cc.export('ifloordiv', 'i8(i8, i8)')
def ifloordiv(a, b):
    return a // b


@cc.export('imod', 'i8(i8, i8)')
def imod(a, b):
    return a % b


@cc.export('i32floordiv', 'i4(i4, i4)')
def i32floordiv(a, b):
    return a // b


@cc.export('i32mod', 'i4(i4, i4)')
def i32mod(a, b):
    return a % b


@cc.export('umod', 'u8(u8, u8)')
def umod(a, b):
    return a % b + a // b


@cc.export('mixed', 'f8(i8, f8)')
def mixed(a, b):
    return a // b + a % b + a / b


@cc.export('const_div', 'i8(i8)')
def const_div(a):
    return a // 4 - a % 3 + a // -2


@cc.export('guarded', 'f8(f8, f8)')
def guarded(a, b):
    if b != 0 and a / b > 1.0:
        return a // b
    return b and a % b


@cc.export('loop_div', 'i8(i8)')
def loop_div(n):
    t = 0
    for i in range(-3, 4):
        t += n // i
    return t


# int64's MIN written as a literal: its operand alone does not fit int64
# (found by tests/fuzz_programs.rs).
@cc.export('int_min_literal', 'i8(i8)')
def int_min_literal(a):
    return a - -9223372036854775808


CASES = {
    'int_min_literal': [(x,) for x in I],
    'fdiv': [(a, b) for a in F for b in F],
    'ftruediv_int': [(a, b) for a in [0, 7, -7, 2**53] for b in [0, 2, -3]],
    'ffloordiv': [(a, b) for a in F for b in F],
    'fmod': [(a, b) for a in F for b in F],
    'ifloordiv': [(a, b) for a in I for b in I],
    'imod': [(a, b) for a in I for b in I],
    'i32floordiv': [(a, b) for a in I32 for b in I32],
    'i32mod': [(a, b) for a in I32 for b in I32],
    'umod': [(a, b) for a in [0, 1, 7, 2**64 - 1] for b in [0, 1, 3, 2**63]],
    'mixed': [(a, b) for a in [0, 7, -7] for b in [0.0, 2.5, -0.5, float('inf')]],
    'const_div': [(a,) for a in I],
    'guarded': [(a, b) for a in [0.0, 5.0, -5.0] for b in [0.0, 2.0, -0.0, 10.0]],
    'loop_div': [(n,) for n in [0, 10, -10]],
}

# int64's MIN // -1 does not fit: OverflowError, not a wrapped MIN (an i4
# MIN // -1 is int64 arithmetic, numba's typing, whose result then wraps
# at the declared i4 return as every int result does).
DEVIATIONS = {
    ('ifloordiv', (-2**63, -1)): 'OverflowError',
}
