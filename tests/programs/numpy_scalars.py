# differential-python: numpy
# numpy's scalar constructors on numbers (issue 16 item 4): np.float32(x),
# np.float64(x), np.int8(x) ... np.uint64(x), np.intp(x), np.bool_(x), as
# numpy 2 converts a Python number: int(x) of a float (ValueError for nan,
# OverflowError for inf), OverflowError for an int the dtype cannot hold; a
# float32 is the float64 value rounded once. The result has that dtype.
import numpy as np
from pycc import CC

cc = CC('numpy_scalars')


@cc.export('f32', 'f4(f8)')
def f32(x):
    return np.float32(x)


@cc.export('f32i', 'f8(i8)')
def f32i(n):
    return np.float32(n)


@cc.export('f64', 'f8(i8)')
def f64(n):
    return np.float64(n)


@cc.export('i8f', 'i1(f8)')
def i8f(x):
    return np.int8(x)


@cc.export('i8i', 'i1(i8)')
def i8i(n):
    return np.int8(n)


@cc.export('i32f', 'i4(f8)')
def i32f(x):
    return np.int32(x)


@cc.export('i64f', 'i8(f8)')
def i64f(x):
    return np.int64(x)


@cc.export('u8i', 'u1(i8)')
def u8i(n):
    return np.uint8(n)


@cc.export('u16f', 'u2(f8)')
def u16f(x):
    return np.uint16(x)


@cc.export('u64i', 'u8(i8)')
def u64i(n):
    return np.uint64(n)


@cc.export('intp', 'i8(i4)')
def intp(n):
    return np.intp(n) + np.int16(n // 4)


@cc.export('b', 'b1(f8)')
def b(x):
    return np.bool_(x)


@cc.export('bi', 'b1(i8)')
def bi(n):
    return np.bool_(n)


@cc.export('mixed', 'f8(f8, i8)')
def mixed(x, n):
    y = np.float32(x)
    k = np.int32(n)
    return float(y) * 2.0 + k


F = [0.0, -0.0, 0.1, 3.7, -3.7, 127.9, 128.0, -128.9, -129.0, 255.5, 256.0, 300.5, -0.5, 65535.9, 65536.0,
     2147483647.5, 2147483648.0, -2147483649.0, 1e10, 1e20, -1e20, 2.0**63, 9.2e18, 1e300, 3.4028235e38, 3.5e38,
     1e-46, float('nan'), float('inf'), float('-inf')]
I = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 65535, 65536, 2**31, -2**31 - 1, 2**53 + 1, 2**60 + 1, 2**63 - 1, -2**63]
CASES = {
    'f32': [(x,) for x in F],
    'f32i': [(n,) for n in I],
    'f64': [(n,) for n in I],
    'i8f': [(x,) for x in F],
    'i8i': [(n,) for n in I],
    'i32f': [(x,) for x in F],
    'i64f': [(x,) for x in F],
    'u8i': [(n,) for n in I],
    'u16f': [(x,) for x in F],
    'u64i': [(n,) for n in I],
    'intp': [(n,) for n in [0, 5, -9, 2**31 - 1, -2**31]],
    'b': [(x,) for x in F],
    'bi': [(n,) for n in I],
    'mixed': [(0.1, 3), (1e300, 2**31), (float('nan'), -5)],
}
