# numba's `optional(T)` (a value or None) is not supported yet: named as such,
# in a signature string and as numba type objects.
from numba import optional, f8, types
from pycc import CC

cc = CC('optional_signature')


@cc.export('f', f8(f8, optional(f8)))
def f(a, b):
    if b is None:
        return a
    return a + b


@cc.export('g', 'f8(f8, optional(i8))')
def g(a, b):
    return a


@cc.export('h', f8(f8, types.Optional(f8)))
def h(a, b):
    return a
