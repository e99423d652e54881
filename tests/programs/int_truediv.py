# int / int is CPython's long_true_divide: the exact quotient rounded once
# (half to even), not the quotient of the two operands rounded to float64
# first, which differs once an operand is past 2**53 ((2**53 + 1) / 3 is
# 3002399751580331.0, not ...330.5); the sign of a zero quotient follows
# the operands; ZeroDivisionError. Signed, unsigned and mixed widths.
# differential: --overflow=raise
import random
from pycc import CC

cc = CC('int_truediv_prog')


@cc.export('div', 'f8(i8, i8)')
def div(a, b):
    return a / b


@cc.export('div_u8', 'f8(u8, u8)')
def div_u8(a, b):
    return a / b


@cc.export('div_mixed', 'f8(u8, i8, i4, b1)')
def div_mixed(a, b, c, d):
    return a / b + c / b * 2.0 + (d / c if c != 0 else 0.5) + b / (c if c != 0 else 7)


@cc.export('div_aug', 'f8(i8, i8)')
def div_aug(a, b):
    # x is a float from the start (an int local later divided would be
    # unified to float64 at its first assignment: README, Deviations).
    x = a / 3
    x /= b
    t = 0.0
    for i in range(1, 4):
        t += (a + i) / (b * i)
    return x + t


@cc.export('div_i4', 'f8(i4, i4)')
def div_i4(a, b):
    return a / b


R = random.Random(19)
BIG = [2**53 + 1, 2**53 + 3, 2**62 + 1, 2**63 - 1, -2**63, -(2**53) - 1, 9007199254740993, 3 * 2**55 + 7,
       10**18 + 9, 2**63 - 2**10 + 1]
SMALL = [0, 1, -1, 2, 3, 7, -7, 10, 1000003, 2**31 - 1]
I = BIG + SMALL + [R.randrange(-2**63, 2**63) for _ in range(20)] + [R.randrange(1, 2**60) for _ in range(10)]
U = [0, 1, 3, 2**53 + 1, 2**63, 2**64 - 1, 2**64 - 3, 12345678901234567891] + [R.randrange(2**64) for _ in range(12)]
CASES = {
    'div': [(a, b) for a in I for b in I],
    'div_u8': [(a, b) for a in U for b in U],
    'div_mixed': [(a, b, c, d) for a in U[:8] for b in BIG[:5] + SMALL[:5] for c in (0, 3, -2**31) for d in (True, False)],
    'div_aug': [(a, b) for a in I[:20] for b in I[:20] if b != 0 and a < 2**63 - 4 and 3 * b < 2**63 and 3 * b >= -2**63],
    'div_i4': [(a, b) for a in (0, 1, -1, 7, 2**31 - 1, -2**31) for b in (0, 1, -1, 3, -2**31)],
}
