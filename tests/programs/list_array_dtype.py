# differential-python: numpy
# np.array(lst, dtype=D) / np.asarray(lst, D) of lists that are not displays:
# comprehensions and lists built by appends, converted as numpy converts
# Python numbers (a float into an int dtype truncates; nan ValueError; inf
# and values past the dtype OverflowError), sema/containers/listdtype.rs.
import numpy as np
from numba.pycc import CC
cc = CC("ld")

@cc.export("comp_int", "i8[:](i8)")
def comp_int(n):
    return np.array([i * i for i in range(n) if i % 2 == 0], dtype=np.int64)

@cc.export("comp_u8", "u1[:](i8)")
def comp_u8(n):
    return np.array([i * 100 for i in range(n)], dtype=np.uint8)

@cc.export("appended_f4", "f4[:](f8[:])")
def appended_f4(x):
    out = []
    for v in x:
        if v > 0:
            out.append(v * 3.0)
    return np.array(out, dtype=np.float32)

@cc.export("trunc", "i4[:](f8[:])")
def trunc(x):
    return np.asarray([v for v in x], np.int32)

@cc.export("to_bool", "b1[:](i8)")
def to_bool(n):
    L = [i % 3 for i in range(n)]
    return np.array(L, dtype=np.bool_)

@cc.export("widen", "f8(i8)")
def widen(n):
    a = np.array([i for i in range(n)], dtype=np.float64)
    return a.sum() + np.array([j - 1 for j in range(n)], dtype=float).mean()

@cc.export("rows", "i2[:,:](i8)")
def rows(n):
    m = []
    for i in range(n):
        m.append([i, i + 1])
    return np.array(m, dtype=np.int16)

CASES = {
    'comp_int': [(0,), (7,)],
    'comp_u8': [(0,), (3,), (4,)],
    'appended_f4': [(np.array([1.0, -2.0, 1e300, 0.1]),), (np.zeros(0),)],
    'trunc': [(np.array([1.5, -2.5, 3.99]),), (np.array([np.nan]),), (np.array([np.inf]),), (np.array([3e9]),)],
    'to_bool': [(5,)],
    'widen': [(4,)],
    'rows': [(3,), (40000,)],
}
