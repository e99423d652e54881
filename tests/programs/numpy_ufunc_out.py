# differential-python: numpy
# The ufunc keyword `out=`: `np.add(a, b, out=c)`, `np.exp(a, out=a)`,
# `a = np.sqrt(a, out=a)`, and `out` passed positionally (`np.sqrt(a, a)`,
# `np.add(a, b, c)`, as numba accepts): the result written into `out` (broadcast to its
# shape; numpy's same_kind casting into float32 and narrower ints).
import numpy as np
from pycc import CC

cc = CC('numpy_ufunc_out_prog')


@cc.export('add_out', 'f8[:](f8[:], f8[:], f8[:])')
def add_out(a, b, c):
    np.add(a, b, out=c)
    return c


@cc.export('exp_inplace', 'f8[:, :](f8[:, :])')
def exp_inplace(a):
    np.exp(a, out=a)
    return a


@cc.export('sqrt_assign', 'f8(f8[:])')
def sqrt_assign(a):
    a = np.sqrt(a, out=a)
    return a.sum()


@cc.export('broadcast_out', 'f8[:, :](f8[:], f8)')
def broadcast_out(a, x):
    c = np.zeros((2, a.shape[0]))
    np.multiply(a, x, out=c)
    np.maximum(c, 1.0, out=c)
    return c


@cc.export('narrow_out', '(f8[:], i8[:])')
def narrow_out(a, b):
    c = np.empty(a.shape[0], np.float32)
    np.subtract(a, b, out=c)
    d = np.empty(b.shape[0], np.int32)
    np.add(b, 1, out=d)
    return c, d


@cc.export('view_out', 'f8[:](f8[:])')
def view_out(a):
    np.negative(a[::2], out=a[1::2])
    np.arctan2(a[:2], 2.0, out=a[-2:])
    return a


@cc.export('positional_out', 'f8[:](f8[:], f8[:])')
def positional_out(a, b):
    c = np.empty_like(a)
    np.add(a, b, c)
    np.sqrt(c, c)
    np.logical_not(a > 1.0, b)
    np.maximum(c, b, c)
    return c


@cc.export('positional_out_cast', 'f4[:](f8[:])')
def positional_out_cast(a):
    d = np.zeros(a.shape[0], np.float32)
    np.floor(a, d)
    return d


@cc.export('bound_result', 'f8(f8[:], f8[:])')
def bound_result(a, b):
    h = np.multiply(a, 2.0, out=b)
    k = np.negative(a, a[::-1])
    h[0] += 100.0
    c = np.cumsum(a, out=a)
    return b[0] + k.sum() + h.sum() + c[-1] * 1000.0


CASES = {
    'add_out': [lambda: (np.arange(3.0), np.ones(3), np.zeros(3)), lambda: (np.arange(3.0), np.ones(3), np.zeros(2))],
    'exp_inplace': [lambda: (np.arange(6.0).reshape(2, 3) / 3.0,)],
    'sqrt_assign': [lambda: (np.arange(5.0),)],
    'broadcast_out': [lambda: (np.arange(3.0) - 1.0, 2.0)],
    'narrow_out': [lambda: (np.linspace(0, 1, 5), np.arange(5))],
    'view_out': [lambda: (np.arange(6.0),), lambda: (np.arange(5.0),)],
    'positional_out': [lambda: (np.array([0.5, 4.0, 9.0]), np.array([3.5, -4.0, 0.0])),
                       lambda: (np.arange(3.0), np.zeros(2))],
    'bound_result': [lambda: (np.arange(4.0), np.zeros(4)), lambda: (np.arange(4.0), np.zeros(3))],
    'positional_out_cast': [lambda: (np.array([1.5, -2.5, 1e40]),)],
}
