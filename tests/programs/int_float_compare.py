# A 64-bit int compared with a float by value, as CPython compares them
# (not the int rounded to float64 first): 2**53 + 1 != 2.0**53, and
# 2**63 - 1 < 9.223372036854776e18 (2.0**63); nan compares false.
from pycc import CC

cc = CC('int_float_compare_prog')


@cc.export('cmp_all', 'i8(i8, f8)')
def cmp_all(a, x):
    return (a < x) + (a <= x) * 2 + (a > x) * 4 + (a >= x) * 8 + (a == x) * 16 + (a != x) * 32


@cc.export('cmp_rev', 'i8(f8, i8)')
def cmp_rev(x, a):
    return (x < a) + (x <= a) * 2 + (x > a) * 4 + (x >= a) * 8 + (x == a) * 16 + (x != a) * 32


@cc.export('cmp_u64', 'i8(u8, f8)')
def cmp_u64(a, x):
    return (a < x) + (a <= x) * 2 + (a > x) * 4 + (a >= x) * 8 + (a == x) * 16 + (x != a) * 32


@cc.export('cmp_f4', 'i8(i8, f4)')
def cmp_f4(a, x):
    return (a < x) + (x <= a) * 2 + (a == x) * 4


@cc.export('chain', 'b1(f8, i8, f8)')
def chain(x, a, y):
    return x <= a < y


@cc.export('loop_bound', 'i8(i8, f8)')
def loop_bound(a, x):
    n = 0
    while a < x and n < 5:
        a += 1
        n += 1
    return n


BIG = [0, 1, -1, 2**53, 2**53 + 1, -(2**53 + 1), 2**63 - 1, -2**63, -2**63 + 1, 2**62 + 1]
FL = [0.0, -0.0, 1.0, 2.0**53, 2.0**53 + 2, -2.0**53, 2.0**63, -2.0**63, 2.0**62, 1e300, -1e300,
      float('inf'), float('-inf'), float('nan'), 0.5, 9007199254740993.0]
CASES = {
    'cmp_all': [(a, x) for a in BIG for x in FL],
    'cmp_rev': [(x, a) for a in BIG for x in FL],
    'cmp_u64': [(a, x) for a in (0, 1, 2**53 + 1, 2**63, 2**64 - 1, 2**64 - 2**11) for x in FL + [2.0**64, 18446744073709549568.0]],
    'cmp_f4': [(a, x) for a in (0, 16777217, 2**63 - 1, -2**63) for x in (16777216.0, 0.0, 2.0**63, float('nan'))],
    'chain': [(x, a, y) for x in (2.0**53, 0.0) for a in (2**53 + 1, 2**53) for y in (2.0**53 + 2, 2.0**53)],
    'loop_bound': [(2**53 + 1, 2.0**53 + 4), (2**62 - 3, 2.0**62), (2**53 - 2, 2.0**53), (-2**63, -2.0**63 + 2048)],
}
