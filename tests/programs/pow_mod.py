# pow(a, b, m) of ints: CPython's modular power (a result in (m, 0] for a
# negative m, a negative exponent powers the inverse), its ValueErrors
# (m == 0, a base with no inverse), anywhere an int goes.
from pycc import CC

cc = CC('pow_mod_prog')


@cc.export('powmod', 'i8(i8, i8, i8)')
def powmod(a, b, m):
    return pow(a, b, m)


@cc.export('powmod_mixed', 'i8(i4, b1, i8)')
def powmod_mixed(a, b, m):
    t = 0
    for i in range(5):
        t += pow(a + i, i, m) if m != 0 else pow(a, b, 7)
    return t


BIG = 2**63 - 1
CASES = {
    'powmod': [(a, b, m) for a in (0, 1, -1, 2, -3, 7, 10, BIG, -BIG - 1, 123456789)
               for b in (0, 1, 2, 5, 62, 10**18, -1, -2, BIG)
               for m in (1, -1, 2, 7, -7, 13, 0, 10**9 + 7, -(10**9 + 7), BIG, -BIG - 1, 2**62)],
    'powmod_mixed': [(a, b, m) for a in (0, 3, -5, 2**31 - 1) for b in (True, False) for m in (0, 5, -9, 2**40)],
}
