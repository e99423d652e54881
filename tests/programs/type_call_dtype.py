# differential-python: numpy
# `type(x)` as a dtype (numba types it as `x.__class__`): the class of an
# array's item is its numpy scalar type, of a float a float64, of a typed
# list's item its item type; an item out of range raises IndexError before
# the array is made, as CPython evaluates `ds[0]` first. An onion-layers
# kernel of the corpus writes `np.empty(len(ds), dtype=type(ds[0]))`.
import numpy as np
from numba.typed import List
from numba import types
from pycc import CC

cc = CC('type_call_dtype_prog')


@cc.export('like_item', '(i4[:],)')
def like_item(ds):
    out = np.zeros(ds.shape[0], dtype=type(ds[0]))
    for i in range(ds.shape[0]):
        out[i] = ds[i] * 3
    return out


@cc.export('like_scalar', 'f8[:](f8, i8)')
def like_scalar(x, n):
    a = np.full(n, x, type(x))
    return a


@cc.export('like_count', '(i8,)')
def like_count(n):
    k = n * 2
    return np.arange(n, dtype=type(k))


@cc.export('like_list_item', '(f8[:],)')
def like_list_item(xs):
    ds = List.empty_list(types.float64)
    for x in xs:
        if x > 0:
            ds.append(x)
    a = np.empty(len(ds), dtype=type(ds[0]))
    for i in range(len(ds)):
        a[i] = ds[i] / 2
    return a


@cc.export('like_complex', '(c16[:],)')
def like_complex(z):
    return np.ones(2, dtype=type(z[1]))


@cc.export('cast_to', 'f4[:](f8[:], f4[:])')
def cast_to(x, proto):
    return x.astype(type(proto[0]))


CASES = {
    'like_item': [(np.array([1, -2, 7], dtype=np.int32),), (np.zeros(0, np.int32),)],
    'like_scalar': [(2.5, 3), (-0.0, 0)],
    'like_count': [(4,), (0,)],
    'like_list_item': [(np.array([1.0, -2.0, 5.0]),), (np.array([-1.0]),)],
    'like_complex': [(np.array([1j, 2 + 0j]),), (np.zeros(1, np.complex128),)],
    'cast_to': [(np.array([0.1, 1e300]), np.zeros(1, np.float32)), (np.array([1.0]), np.zeros(0, np.float32))],
}
