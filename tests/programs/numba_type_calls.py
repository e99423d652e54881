# numba's scalar types called as conversions in a body (`numba.int64(x)`,
# `nb.float32(x)`, `from numba import int32`): numba's
# cast_python_value, numpy's constructor of that name, so conversions and
# their errors are numpy's (OverflowError past the dtype, ValueError for nan).
# differential-python: numpy
import numpy as np
import numba
import numba as nb
from numba import int32, f8
from pycc import CC

cc = CC('numba_type_calls')


@cc.export('to_int', 'i8(f8)')
def to_int(x):
    return numba.int64(x) + nb.i8(x // 2)


@cc.export('to_small', 'i8(i8)')
def to_small(n):
    return int32(n) + nb.uint8(n % 256) + nb.int16(n % 1000)


@cc.export('to_float', 'f8(f8)')
def to_float(x):
    return nb.float32(x) + f8(x) + numba.float64(3)


@cc.export('to_bool', 'b1(f8)')
def to_bool(x):
    return nb.boolean(x)


@cc.export('as_dtype', 'f8(i8)')
def as_dtype(n):
    a = np.zeros(n, dtype=np.float32)
    for i in range(n):
        a[i] = nb.float32(i / 3)
    return a.sum()


# numba's typing: int32 + uint8 + int16 numbers add as int64, where the
# CPython run's numpy scalars add as int32 and wrap.
def _to_small(n):
    if not -2**31 <= n < 2**31:
        raise OverflowError("int32(n) of an int past int32, as numpy 2")
    return n + n % 256 + n % 1000


REFERENCE = {'to_small': _to_small}


CASES = {
    'to_int': [(3.7,), (-2.5,), (0.0,), (1e18,), (float('nan'),), (float('inf'),), (-1e300,)],
    'to_small': [(5,), (-7,), (2**31 - 1,), (2**31,), (-2**31 - 1,), (300,)],
    'to_float': [(0.1,), (1e300,), (-0.0,), (float('nan'),), (3.4e38,)],
    'to_bool': [(0.0,), (-0.0,), (2.0,), (float('nan'),)],
    'as_dtype': [(0,), (1,), (7,)],
}
