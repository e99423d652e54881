# differential-python: numpy
# Forms of real `@njit` modules (spcl/npbench's numba kernels, njit13):
# a dtype passed to a helper (`linspace(a, b, n, dtype=np.float64)`, by
# position, by keyword, left to its default, a builtin `float`/`int`,
# passed on to another helper, one helper called with two dtypes), and
# numpy's two-operand ufuncs of complex numbers (`np.power(z, x)`), and
# exports declaring (or inferring) an array result that may return None
# (`if ddof == 0: return a` / `elif ddof == 1: return b` after a raising
# check, a bare `return`, `return None`): CPython's None.
import numba as nb
import numpy as np
from numba import njit
from pycc import CC

cc = CC('njit13_forms')


@nb.jit(nopython=True, parallel=False, fastmath=True)
def linspace(start, stop, num, dtype):
    X = np.empty((num, ), dtype=dtype)
    dist = (stop - start) / (num - 1)
    for i in range(num):
        X[i] = start + i * dist
    return X


@njit
def filled(n, value, dt=np.int32):
    out = np.zeros(n, dt)
    out[:] = value
    return out


@njit
def as_kind(a, kind):
    return a.astype(kind)


@njit
def pair(n, dtype):
    # the dtype passed on: a clone calling on with its constant
    return filled(n, 7, dtype), linspace(0, n, n, dtype)


@cc.export('grid', 'f8[:,:](f8, f8, i8)')
def grid(lo, hi, n):
    x = linspace(lo, hi, n, dtype=np.float64)
    y = linspace(lo, hi, n, np.float32)
    return np.reshape(x, (n, 1)) + y * 2


@cc.export('fills', 'Tuple((i4[:], i8[:], f8[:], u1[:]))(i8, i8)')
def fills(n, v):
    return filled(n, v), filled(n, v, np.int64), filled(n, v, dt=float), filled(n, v, np.uint8)


@cc.export('kinds', 'Tuple((i8[:], f4[:], b1[:]))(f8[:])')
def kinds(a):
    return as_kind(a, int), as_kind(a, np.float32), as_kind(a, kind=bool)


@cc.export('passed_on', 'Tuple((i2[:], i2[:]))(i8)')
def passed_on(n):
    return pair(n, np.int16)


@cc.export('cpower', 'c16(c16, f8)')
def cpower(z, x):
    return np.power(z, x)


@cc.export('cufuncs', 'UniTuple(c16, 5)(c16, c16, f8)')
def cufuncs(z, w, x):
    return np.add(z, x), np.subtract(x, w), np.multiply(z, w), np.divide(z, w), np.power(z, w)


@cc.export('contour', 'c16[:,:](c16[:,:,:], c16[:], i8)')
def contour(Ham, pts, slab):
    P = np.zeros((Ham.shape[1], Ham.shape[2]), dtype=np.complex128)
    for z in pts:
        for n in range(slab + 1):
            zz = np.power(z, slab / 2 - n)
            P += zz * Ham[n]
    return P


@cc.export('standard_scale', 'f8[:,:](f8[:,:], i8)')
def standard_scale(data, ddof=0):
    if ddof not in (0, 1):
        raise ValueError('ddof must be either 0 or 1')
    res = np.empty_like(data)
    for i in range(data.shape[1]):
        res[:, i] = (data[:, i] - np.mean(data[:, i])) / np.std(data[:, i])
    if ddof == 0:
        return res
    elif ddof == 1:
        m = data.shape[0]
        return res * np.sqrt((m - 1) / m)


@cc.export('pick', 'i4[::1](i4[:], i8)')
def pick(a, k):
    if k == 0:
        return a[::2].copy()
    elif k == 1:
        return None
    elif k == 2:
        return
    for i in range(a.shape[0]):
        if a[i] == k:
            return np.full(i + 1, k, dtype=np.int32)


@cc.export('inferred', '(f8[:], f8)')
def inferred(x, t):
    if t > 0:
        return x * t
    if t < 0:
        return -x


H = np.arange(18.0).reshape(2, 3, 3) + 1j * np.arange(18.0)[::-1].reshape(2, 3, 3)

CASES = {
    "grid": [(0.0, 1.0, 4), (-2.5, 3.0, 3)],
    "fills": [(3, 5), (2, 200), (0, 1)],
    "kinds": [(np.array([1.5, -2.7, 0.0]),), (np.zeros(0),)],
    "passed_on": [(4,), (2,)],
    "cpower": [(1 + 2j, 0.5), (-1.5 + 0.25j, 3.0), (0j, -1.0), (2 - 1j, 0.0), (1j, 2.0)],
    "cufuncs": [(1 + 2j, 3 - 1j, 0.5), (-0.5j, 2 + 0j, -2.0), (0j, 1j, 0.0)],
    "standard_scale": [(np.arange(12.0).reshape(4, 3) ** 2, 0), (np.arange(12.0).reshape(4, 3) ** 2, 1),
                       (np.ones((2, 2)), 2)],
    "pick": [(np.arange(7, dtype=np.int32), 0), (np.arange(7, dtype=np.int32), 1),
             (np.arange(7, dtype=np.int32), 2), (np.arange(7, dtype=np.int32), 5),
             (np.arange(7, dtype=np.int32), 9), (np.arange(7, dtype=np.int32)[::-1], 3)],
    "inferred": [(np.array([1.0, -2.0]), 2.0), (np.array([1.0, -2.0]), -1.0), (np.array([1.0]), 0.0)],
    "contour": [(H, np.array([0.5 + 0.5j, 1.5 - 0.2j]), 1), (H[:1], np.array([2j]), 0)],
}
