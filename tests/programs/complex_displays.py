# differential-python: numpy
# np.array of a display holding complex numbers: a complex array with
# numpy's dtype (complex64 only when every item fits it), each item's
# signed zeros, nan and inf kept; nested displays are 2-d.
import cmath
import numpy as np
from numba.pycc import CC

cc = CC('cxd')


@cc.export('pair', 'c16[:](c16, c16)')
def pair(a, b):
    return np.array([a, b])


@cc.export('roots', 'c16[:](f8, f8, f8)')
def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return np.array([(-b + d) / (2 * a), (-b - d) / (2 * a)])


@cc.export('mixed', 'c16[:](f8, c16, i8)')
def mixed(x, z, k):
    return np.array([x, z, 1j, k, -0.0])


@cc.export('single', 'c8[:](c8, f4)')
def single(z, x):
    return np.array([z, x, z * z])


@cc.export('single_int', 'c16[:](c8, i8)')
def single_int(z, k):
    # numpy: an int64 item with complex64 makes complex128.
    return np.array((z, k))


@cc.export('matrix', 'c16[:,:](c16, c16)')
def matrix(a, b):
    return np.array([[a, b], [-b.conjugate(), a.conjugate()]])


@cc.export('as_c8', 'c8[:,:](c16, f8)')
def as_c8(a, x):
    return np.array([[a, x], [x, a]], dtype=np.complex64)


@cc.export('used', 'f8(c16, c16)')
def used(a, b):
    v = np.array([a, b, a * b])
    return np.abs(v).sum() + (v * 2).real.max()


CASES = {
    'pair': [(1 + 2j, -3j), (complex(float('inf'), float('nan')), complex(-0.0, 0.0))],
    'roots': [(1.0, 2.0, 5.0), (1.0, -3.0, 2.0), (2.0, 0.0, 0.0)],
    'mixed': [(2.5, 1 - 1j, 3), (-0.0, complex(0.0, -0.0), -(2**40))],
    'single': [(np.complex64(1.5 - 2j), np.float32(0.1)), (np.complex64(0j), np.float32(-0.0))],
    'single_int': [(np.complex64(0.1 + 0.2j), 7)],
    'matrix': [(1 + 1j, 2 - 0.5j)],
    'as_c8': [(0.1 + 0.3j, 1e40)],
    'used': [(3 + 4j, -1j), (float('nan') + 0j, 1 + 0j)],
}
