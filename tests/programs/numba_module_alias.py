# differential-python: numpy
# Module-level aliases of the numba module used for its types (issue 16):
# `t = nb` then `t.int32(x)`, `nb_t = numba.types`, `ty = types` after
# `from numba import types`, as conversions.
import numpy as np
import numba
import numba as nb
from numba import types
from pycc import CC

cc = CC("numba_module_alias")

t = nb
nb_t = numba.types
ty = types


@cc.export('casts', 'i8(i8)')
def casts(n):
    return t.int32(n) + nb_t.int64(n) * 2 + ty.int8(n % 100) + t.uint8(n % 200)


@cc.export('floats', 'f8(f8)')
def floats(x):
    a = np.zeros(3)
    a[0] = t.float32(x)
    a[1] = nb_t.float64(x) / 3
    a[2] = ty.float32(x / 7)
    return a.sum()


CASES = {
    "casts": [(5,), (300,), (-129,), (123456,)],
    "floats": [(0.1,), (-2.5,), (1e10,)],
}
