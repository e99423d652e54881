# Bitwise operators at fixed widths, raise and assert, against CPython.
from pycc import CC

cc = CC('bits_raise')

I = [0, 1, -1, 5, -6, 2**62, -2**63, 2**63 - 1]
SHIFTS = [0, 1, 3, 63, 64, 65, 200, -1]


@cc.export('band', 'i8(i8, i8)')
def band(a, b):
    return (a & b) | (a ^ ~b)


@cc.export('shl', 'i8(i8, i8)')
def shl(a, n):
    return a << n


@cc.export('shr', 'i8(i8, i8)')
def shr(a, n):
    return a >> n


@cc.export('ushr', 'u4(u4, u4)')
def ushr(a, n):
    return (a >> n) ^ (a << 1)


@cc.export('bools', 'b1(b1, b1)')
def bools(a, b):
    return (a & b) | (a ^ b)


@cc.export('invert_bool', 'i8(b1)')
def invert_bool(a):
    return ~a


@cc.export('checked', 'f8(f8)')
def checked(x):
    if x < 0:
        raise ValueError("x must be non-negative")
    if x > 100.0:
        raise OverflowError
    return x * 2.0


@cc.export('asserted', 'i8(i8)')
def asserted(n):
    assert n != 3, "n is three"
    assert n < 100
    return n + 1


@cc.export('always_raises', 'i8(i8)')
def always_raises(n):
    raise NotImplementedError("not yet")


CASES = {
    'band': [(a, b) for a in I for b in I],
    # wrapped << and >> only where CPython's unbounded result, wrapped, is defined the same way
    'shl': [(a, n) for a in I for n in SHIFTS],
    'shr': [(a, n) for a in I for n in SHIFTS],
    'ushr': [(a, n) for a in [0, 1, 2**31, 2**32 - 1] for n in [0, 1, 31, 32, 40]],
    'bools': [(a, b) for a in [False, True] for b in [False, True]],
    'invert_bool': [(False,), (True,)],
    'checked': [(x,) for x in [0.0, 5.0, -1.0, 1e9, float('nan')]],
    'asserted': [(n,) for n in [0, 3, 99, 100, -5]],
    'always_raises': [(1,)],
}
