# numba's own type aliases in signatures (numba/core/types/__init__.py),
# which differ from numpy's: `float_` is float32, `byte`/`uchar` uint8,
# `char` int8, `short` int16, `long_`/`longlong` int64.
from numba.pycc import CC

cc = CC('numba_aliases')


@cc.export('third', 'float_(float_)')
def third(x):
    return x / 3.0


@cc.export('bump_byte', 'byte(byte, byte)')
def bump_byte(a, b):
    return a + b


@cc.export('bump_char', 'char(char, char)')
def bump_char(a, b):
    return a + b


@cc.export('mix', 'long_(short, ushort, uchar, longlong)')
def mix(a, b, c, d):
    return a * b + c - d


@cc.export('wide', 'ulonglong(ulong, uintc)')
def wide(a, b):
    return a * b


CASES = {
    'third': [(1.0,), (0.5,), (-2.0,), (3.0,)],
    'bump_byte': [(1, 2), (250, 10), (255, 255)],
    'bump_char': [(1, 2), (120, 10), (-128, -1)],
    'mix': [(3, 4, 5, 6), (-300, 60000, 255, -2**40)],
    'wide': [(2**63, 2), (12345, 4000000000)],
}
