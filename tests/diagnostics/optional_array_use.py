# An optional(T[:]) argument is checked for None before the statement that
# uses it; a use that only some paths through the statement reach must be
# guarded by its own `is not None` test.
import numpy as np
from pycc import CC

cc = CC('optional_array_use')


@cc.export('f', 'i8(optional(f8[:]), b1)')
def f(x, flag):
    if flag and x.size > 0:
        return 1
    return 0


@cc.export('g', 'f8(optional(f8[:]), b1)')
def g(x, flag):
    return x[0] if flag else 0.0


@cc.export('h', 'i8(optional(f8[:]))')
def h(x):
    n = 0
    while n < x.size:
        n += 1
        x = None
    return n
