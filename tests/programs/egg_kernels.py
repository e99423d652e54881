# Kernels for the py-egg report (bench/egg.py, bench/results/egg.md): the
# issue's examples of what the e-graph finds and MLIR's canonicalizer does
# not. Checked against CPython here like every program.
# differential: --fastmath
# (and once more with fastmath: floats within tests/differential.py's tolerance)
from pycc import CC

cc = CC('egg_kernels')


@cc.export('poly', 'f8(f8)')
def poly(x):
    # No exact rewrite of a float pow exists (glibc's pow rounds ties apart
    # from x * x); 3 * ... folds the int-to-float cast of 3.
    return x ** 2 + 3 * x ** 3 + x ** 4


@cc.export('strength', 'i8(i8)')
def strength(x):
    # Integer strength reduction: multiplies by powers of two become shifts
    # and an add, the x ** 2 a multiply.
    return x * 16 + x * 2 + x ** 2 - x * 1


@cc.export('ustrength', 'u4(u4)')
def ustrength(x):
    return x * 8 + x * 4


@cc.export('fixup', 'i8(i8)')
def fixup(x):
    # Python's // and % round toward -inf: a division plus a floor fix-up
    # each, where a power-of-two divisor needs only a shift and a mask.
    return x // 8 + x % 8 + x // 1


@cc.export('halves', 'f8(f8)')
def halves(x):
    # x / 4.0 is x * 0.25 exactly; x / 3.0 stays a division; x * 2.0 is x + x.
    return x / 4.0 + x / 3.0 + x * 2.0


@cc.export('is_seven', 'b1(i8)')
def is_seven(x):
    # x + 3 == 10 is x == 7 in Z/2^64 (adding 3 is a bijection).
    return x + 3 == 10


@cc.export('not_less', 'b1(i8, i8)')
def not_less(a, b):
    # not (a < b) is a >= b for ints (not for floats: nan).
    return not (a < b)


@cc.export('same_min', 'f8(f8)')
def same_min(x):
    # x * 2.0 and x + x are one value, so the min is a select between equal
    # values, which is that value.
    return min(x * 2.0, x + x)


@cc.export('masked_mod', 'i8(i8)')
def masked_mod(x):
    # py-egg's sign analysis: x & 1023 and (x % 100) >> 1 are >= 0, so their
    # remainders are unsigned ones with no floor fix-up.
    return (x & 1023) % 10 + ((x % 100) >> 1) % 7


@cc.export('loop_mod', 'i8(i8)')
def loop_mod(n):
    # i >= 0 in the body (range from 0, step 1, i not assigned): i % 10 is
    # an unsigned remainder without the floor fix-up, i % 8 a mask.
    s = 0
    for i in range(n):
        s += i % 10 * 3 + i % 8
    return s


@cc.export('loop_mod_signed', 'i8(i8)')
def loop_mod_signed(n):
    # i starts negative: the floored remainder and its fix-up stay.
    s = 0
    for i in range(-25, n, 7):
        s = s * 3 + i % 10
    return s


I = [0, 1, -1, 2, -7, 7, 8, -8, 9, -9, 15, 16, -17, 100, -100, 2 ** 62, -2 ** 63, 2 ** 63 - 1]
U = [0, 1, 2, 3, 2 ** 31, 2 ** 32 - 1, 12345]
F = [0.0, -0.0, 0.5, -0.5, 1.5, -3.0, 1e200, -1e200, 5e-324, float('inf'), float('-inf'), float('nan'), -106924597.0]

CASES = {
    'poly': [(x,) for x in F],
    'strength': [(x,) for x in I],
    'ustrength': [(x,) for x in U],
    'fixup': [(x,) for x in I],
    'halves': [(x,) for x in F],
    'is_seven': [(x,) for x in I],
    'not_less': [(a, b) for a in I[:8] for b in I[:8]],
    'same_min': [(x,) for x in F],
    'masked_mod': [(x,) for x in I],
    'loop_mod': [(n,) for n in [-5, 0, 1, 7, 8, 9, 10, 11, 1000]],
    'loop_mod_signed': [(n,) for n in [-100, -25, -24, -3, 0, 1, 30, 101]],
}
