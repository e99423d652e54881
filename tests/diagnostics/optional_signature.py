# numba's `optional(T)` compiles as a whole argument (or return) type of a
# number or an array argument; inside a tuple or as an array result it is
# still a diagnostic, in a signature string and as numba type objects.
from numba import optional, f8, types
from pycc import CC

cc = CC('optional_signature')


@cc.export('f', f8(types.UniTuple(optional(f8), 2)))
def f(t):
    return t[0]


@cc.export('g', 'optional(f8[:])(f8)')
def g(a):
    return None


@cc.export('h', 'f8(f8, optional(f8)')
def h(a, b):
    return a
