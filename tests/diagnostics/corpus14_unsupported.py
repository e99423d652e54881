# corpus14's form of real numba code that stays unsupported: a module bound
# to a local (`t = nb` then `dtype=t.int32`, a CSparse port); the list display
# spreading arrays (`np.array([[*a], [*b]])`, an ice-growth model) compiles.
import numba as nb
import numpy as np
from pycc import CC

cc = CC("corpus14_unsupported")


@cc.export("alias_dtype", "i4[:](i8)")
def alias_dtype(n):
    t = nb
    return np.zeros(n, dtype=t.int32)


@cc.export("spread_rows", "f8[:](f8[:], f8[:])")
def spread_rows(a, b):
    return np.reshape(np.array([[*a], [*b]]), 2 * len(a))
