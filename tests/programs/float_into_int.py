# differential-python: numpy
# Storing a float into an int array truncates toward zero as numpy's
# setitem does (through a Python int): nan raises ValueError, inf and
# values the dtype cannot hold OverflowError (issue 16).
import numpy as np
from pycc import CC

cc = CC('float_into_int')


@cc.export('store64', 'i8[:](f8[:])')
def store64(xs):
    out = np.zeros(xs.shape[0], dtype=np.int64)
    for i in range(xs.shape[0]):
        out[i] = xs[i] * 1.5
    return out


@cc.export('store8', 'i1[:](f8)')
def store8(x):
    out = np.zeros(3, dtype=np.int8)
    out[1] = x
    return out


@cc.export('store_u16', 'u2[:](f4)')
def store_u16(x):
    out = np.zeros(2, dtype=np.uint16)
    out[0] = x
    out[1] = -x
    return out


@cc.export('augmented', 'i4[:](i4[:], f8)')
def augmented(a, x):
    b = np.zeros(a.shape[0], dtype=np.int32)
    for i in range(a.shape[0]):
        b[i] = a[i]
        b[i] += x
    return b


@cc.export('fill_slice', 'i8[:](f8)')
def fill_slice(x):
    out = np.ones(4, dtype=np.int64)
    out[1:3] = x
    return out


@cc.export('store2d', 'i2[:, :](f8)')
def store2d(x):
    out = np.zeros((2, 2), dtype=np.int16)
    out[1, 0] = x
    out[0, 1] = x / 3
    return out


CASES = {
    'store64': [
        (np.array([0.5, -0.7, 2.9, -3.999, 1e10]),),
        (np.array([1.0, float('nan')]),),
        (np.array([float('inf')]),),
        (np.array([-float('inf')]),),
        (np.array([1e30]),),
        (np.array([-0.0, 6.1e18]),),
    ],
    'store8': [(127.9,), (-128.9,), (128.0,), (-129.5,), (300.7,), (float('nan'),), (-0.5,)],
    'store_u16': [(0.0,), (2.5,), (65535.9,), (-0.9,), (65536.0,)],
    'augmented': [(np.array([1, -2, 3], dtype=np.int32), 0.5), (np.array([1, 2], dtype=np.int32), -2.5),
                  (np.array([2**31 - 1], dtype=np.int32), 1.0)],
    'fill_slice': [(2.5,), (-2.5,), (float('nan'),), (float('inf'),)],
    'store2d': [(7.9,), (-40000.0,), (32767.5,)],
}
