# `from numpy import *` replaces max/min/sum/any/all, as in CPython:
# `max(x, y)` is numpy.max(x, axis=y), which needs an array (a warning names
# the replaced builtin); a numpy name pycc does not compile is named as numpy's.
from numpy import *
from pycc import CC

cc = CC('numpy_star_builtins')


@cc.export('larger', 'f8(f8, f8)')
def larger(x, y):
    return max(x, y)


@cc.export('flipped', 'f8[:, :](f8[:, :])')
def flipped(a):
    return einsum(a)
