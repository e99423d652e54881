# corpus14's forms of real numba code that stay unsupported: a module bound
# to a local (`t = nb` then `dtype=t.int32`, a CSparse port) and a list
# display spreading an array (`np.array([[*a], [*b]])`, an ice-growth model).
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
