import numpy as np
from pycc import CC

cc = CC('njit13_unsupported')


def zeros_of(n, dtype):
    if n > 3:
        dtype = np.float32
    return np.zeros(n, dtype)


@cc.export('rebound_dtype', 'f8[:](i8)')
def rebound_dtype(n):
    # a dtype parameter the helper rebinds stays a value
    return zeros_of(n, np.float64)


@cc.export('scale', 'f8[:,:](f8[:,:], i8)')
def scale(data, ddof):
    if ddof not in (0, 1):
        raise ValueError('ddof must be either 0 or 1')
    if ddof == 0:
        return data
    elif ddof == 1:
        return data * 2.0


@cc.export('caller', 'f8(f8[:,:], i8)')
def caller(data, k):
    # an array-or-None result reaches only Python callers
    r = scale(data, k)
    return r.sum()


@cc.export('never', 'f8[:](f8[:])')
def never(a):
    # no path returns the declared array
    a[0] = 1.0
