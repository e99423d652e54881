# math.isqrt, math.factorial, math.comb, math.perm of ints of every width
# (CPython's values and ValueErrors; a result past int64 is OverflowError,
# a documented deviation), int.bit_length(), float.is_integer(),
# math.dist of tuples and math.hypot of 0 to 8 arguments (vector_norm).
# differential: --overflow=raise
import math
from pycc import CC

cc = CC('math_ints_prog')


@cc.export('isqrt', 'i8(i8)')
def isqrt(n):
    return math.isqrt(n)


@cc.export('isqrt_u8', 'i8(u8)')
def isqrt_u8(n):
    return math.isqrt(n) + math.isqrt(True)


@cc.export('fact', 'i8(i8)')
def fact(n):
    return math.factorial(n)


@cc.export('comb', 'i8(i8, i8)')
def comb(n, k):
    return math.comb(n, k)


@cc.export('perm', 'i8(i8, i8)')
def perm(n, k):
    return math.perm(n, k)


@cc.export('perm1', 'i8(i4)')
def perm1(n):
    return math.perm(n)


@cc.export('comb_u8', 'i8(u8, u8)')
def comb_u8(n, k):
    return math.comb(n, k) + math.perm(n, k)


@cc.export('pascal', 'i8(i8)')
def pascal(n):
    # A row of Pascal's triangle summed: 2**n, and comb's order of checks
    # (n before k) inside a loop.
    t = 0
    for k in range(n + 1):
        t += math.comb(n, k) if k % 2 == 0 else math.perm(n, k) // math.factorial(k)
    return t


@cc.export('bitlen', 'i8(i8)')
def bitlen(n):
    return n.bit_length()


@cc.export('bitlen_mixed', 'i8(i1, u8, b1, u2)')
def bitlen_mixed(a, b, c, d):
    return a.bit_length() * 1000000 + b.bit_length() * 1000 + c.bit_length() * 100 + d.bit_length() + (a - 1).bit_length()


@cc.export('bitcount', 'i8(i8, u8, b1)')
def bitcount(n, u, b):
    return n.bit_count() * 10000 + u.bit_count() * 100 + b.bit_count() + (n - 1).bit_count()


def _boom(x):
    if x > 5.0:
        raise ValueError("boom")
    return x


@cc.export('parts', 'f8(f8, i8, b1)')
def parts(x, n, b):
    # .real, .imag and .conjugate() of real numbers (a bool's are ints);
    # the receiver is evaluated even for .imag.
    return (x.real + x.imag * 3 + x.conjugate() + n.real * 10 + n.imag + n.conjugate() + b.real * 100 + b.imag
            + b.conjugate() + _boom(x).imag)


@cc.export('is_int', 'i8(f8)')
def is_int(x):
    return x.is_integer() + 2 * (x * 0.5).is_integer()


@cc.export('is_int_f4', 'b1(f4)')
def is_int_f4(x):
    return x.is_integer()


@cc.export('dist2', 'f8(f8, f8, f8, f8)')
def dist2(a, b, c, d):
    return math.dist((a, b), (c, d))


@cc.export('dist_mixed', 'f8(i8, f4, b1)')
def dist_mixed(a, b, c):
    p = (a, b, c)
    return math.dist(p, (c, a, 2.5)) + math.dist((a,), (b,))


@cc.export('hypots', 'f8(f8, f8, f8)')
def hypots(x, y, z):
    return (math.hypot() + math.hypot(x, y, z, x, y) + math.hypot(x, y, z, x, y, z)
            + math.hypot(x, y, z, 1, y, z, x) + math.hypot(x, y, z, x, y, z, x, -y))


@cc.export('hypot8', 'f8(f8, f8, f8, f8, f8, f8, f8, f8)')
def hypot8(a, b, c, d, e, f, g, h):
    return math.hypot(a, b, c, d, e, f, g, h)


BIG = 2**63 - 1
SMALL = -2**63
SQUARES = [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 101, (2**31 - 1)**2, (2**31 - 1)**2 - 1, 2**62, 2**62 - 1,
           10**18, BIG, -1, SMALL]
NK = [0, 1, 2, 3, 5, 10, 20, 21, 33, 34, 60, 62, 66, 67, 68, 100, 2**31, 2**62, BIG, -1, SMALL]
F = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -3.75, 1e-310, 5e-324, 1e300, 1e308, 2.0**53, 2.0**53 + 2, 4503599627370495.5,
     float('inf'), float('-inf'), float('nan'), 7.0, 123.456]
CASES = {
    'isqrt': [(n,) for n in SQUARES],
    'isqrt_u8': [(n,) for n in (0, 1, 2**64 - 1, 2**63, 2**64 - 2**33, (2**32 - 1)**2)],
    'fact': [(n,) for n in (0, 1, 2, 5, 19, 20, 21, 25, 66, 100, -1, SMALL)],
    'comb': [(n, k) for n in NK for k in NK if not (k > 10**6 and 10**6 < n - k)],
    'perm': [(n, k) for n in NK for k in NK if not (k > 10**6 and n >= k)],
    'perm1': [(n,) for n in (0, 1, 2, 20, 21, -1, -2**31)],
    'comb_u8': [(n, k) for n in (0, 1, 5, 2**63, 2**64 - 1) for k in (0, 1, 2, 2**64 - 1)],
    'pascal': [(n,) for n in (0, 1, 2, 10, 20, 21, 25)],
    'bitlen': [(n,) for n in (0, 1, -1, 2, -2, 255, 256, -256, -257, 12345, BIG, SMALL, SMALL + 1)],
    'bitlen_mixed': [(a, b, c, d) for a in (0, -128, 127, -1) for b in (0, 2**64 - 1, 2**63, 1) for c in (True, False)
                     for d in (0, 65535)],
    'bitcount': [(n, u, b) for n in (0, 1, -1, 255, -256, 2**63 - 1, -2**63 + 1, 12345) for u in (0, 2**64 - 1, 2**63)
                 for b in (True, False)],
    'parts': [(x, n, b) for x in (0.0, -0.0, 1.5, 7.0, float('nan'), float('-inf')) for n in (0, -3, 2**40) for b in (True, False)],
    'is_int': [(x,) for x in F],
    'is_int_f4': [(x,) for x in (0.0, 1.5, 3.0, 16777217.0, float('inf'), float('nan'), -2.0)],
    'dist2': [(a, b, c, d) for a in F[::3] for b in F[1::4] for c in F[2::5] for d in F[::6]],
    'dist_mixed': [(a, b, c) for a in (0, 3, -2**53, BIG) for b in (0.5, -2.0**120, float('nan')) for c in (True, False)],
    'hypots': [(x, y, z) for x in F[::2] for y in F[1::3] for z in F[::4]],
    'hypot8': [(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0), (1e308,) * 8, (5e-324,) * 8,
               (float('nan'), float('inf'), 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), (0.0,) * 8, (-0.0, 1e-310, 3.0, -4.0, 0.0, 0.0, 0.0, 1.0)],
}


def _fits(f, args):
    try:
        v = f(*args)
    except (ValueError, OverflowError):
        return True
    return -2**63 <= v < 2**63


# A result past int64 raises OverflowError (README, Deviations): CPython's is a big int.
_EXACT = {'fact': lambda n: math.factorial(n), 'comb': math.comb, 'perm': math.perm, 'perm1': lambda n: math.perm(n),
          'comb_u8': lambda n, k: math.comb(n, k) + math.perm(n, k)}
DEVIATIONS = {(name, args): 'OverflowError' for name, f in _EXACT.items() for args in CASES[name] if not _fits(f, args)}
DEVIATIONS.update({('pascal', (n,)): 'OverflowError' for n in (21, 25)})
