# differential-python: numpy
# numba's typed containers and type objects under the names real code gives
# them (syntax/typenames.rs): `Dict`/`List` imported under another name, a
# module-level name bound to a type object used as a dict's key or value
# type, trailing `dtype=` parameters defaulting to a type object or a numpy
# dtype (numba's omitted constants), and a module tuple of module tuples.
import numpy as np
from numba import njit, types
from numba.core import types as ctypes
from numba.typed import Dict as TypedDict
from numba.typed import List as NumbaList
from pycc import CC

cc = CC('numba_type_names')

PAIR = types.UniTuple(types.int64, 2)
KEY = PAIR
int_type = ctypes.int64
UP = (-1, 0)
DOWN = (1, 0)
LEFT = (0, -1)
MOVES = (UP, DOWN, LEFT, (0, 1))


@njit
def to_array(values, n, dtype=np.float64):
    out = np.empty(n, dtype=dtype)
    for i in range(n):
        out[i] = values[i]
    return out


@njit
def ints(n, dtype=types.int64):
    out = NumbaList.empty_list(dtype)
    for i in range(n):
        out.append(i * i)
    return out


@cc.export('pair_counts', 'i8(i8[:], i8[:])')
def pair_counts(a, b):
    seen = TypedDict.empty(key_type=KEY, value_type=int_type)
    for i in range(len(a)):
        k = (a[i], b[i])
        seen[k] = seen.get(k, 0) + 1
    best = 0
    for k in seen:
        best = max(best, seen[k] * 100 + k[0] - k[1])
    return best


@cc.export('halves', 'f8[:](i8)')
def halves(n):
    xs = NumbaList.empty_list(types.float64)
    for i in range(n):
        xs.append(i / 2)
    return to_array(xs, n)


@cc.export('square_sum', 'i8(i8)')
def square_sum(n):
    s = 0
    xs = ints(n)
    for v in xs:
        s += v
    return s


@cc.export('steps', 'i8(i8, i8)')
def steps(r, c):
    t = 0
    for d in MOVES:
        t = t * 10 + (r + d[0]) * 3 + (c + d[1])
    return t


@cc.export('neighbours', 'i8[:, :](i8, i8)')
def neighbours(r, c):
    out = np.empty((len(MOVES), 2), np.int64)
    for k, (dr, dc) in enumerate(MOVES):
        out[k, 0] = r + dr
        out[k, 1] = c + dc
    return out


CASES = {
    'pair_counts': [(np.array([1, 2, 1, 1, 3]), np.array([5, 6, 5, 5, 9])), (np.array([], np.int64), np.array([], np.int64))],
    'halves': [(5,), (0,)],
    'square_sum': [(10,), (0,)],
    'steps': [(2, 3), (-1, 0)],
    'neighbours': [(4, 4)],
}
