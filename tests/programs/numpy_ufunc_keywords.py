# differential-python: numpy
# The ufunc keywords `dtype=` and `where=` (with `out=`), and `out=` of
# the reductions with an axis: numpy's loop dtype (inputs cast to it after
# its same_kind check), its masked store, compared with numpy bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_ufunc_keywords_prog')


@cc.export('add_f64', '(i4[:], i4[:])')
def add_f64(a, b):
    return np.add(a, b, dtype=np.float64)


@cc.export('mul_f32', '(f8[:], f8)')
def mul_f32(a, x):
    return np.multiply(a, x, dtype=np.float32)


@cc.export('sqrt_f32', '(i8[:],)')
def sqrt_f32(a):
    return np.sqrt(a, dtype=np.float32)


@cc.export('exp_f64', '(f4[:, :],)')
def exp_f64(a):
    return np.exp(a, dtype=np.float64) + 1.0


@cc.export('sub_int', '(i1[:], i1[:])')
def sub_int(a, b):
    return np.subtract(a, b, dtype=np.int64), np.subtract(a, b, dtype=int)


@cc.export('div_float', '(i8[:], i8)')
def div_float(a, k):
    return np.true_divide(a, k, dtype=float)


@cc.export('sqrt_where', '(f8[:], f8[:])')
def sqrt_where(x, o):
    np.sqrt(x, where=x > 0.0, out=o)
    return o


@cc.export('add_where', '(f8[:, :], f8[:], f8[:, :])')
def add_where(a, b, o):
    np.add(a, b, out=o, where=a > 1.0)
    return o


@cc.export('where_cast', '(i8[:], f4[:])')
def where_cast(a, o):
    np.multiply(a, 3, out=o, where=a % 2 == 0)
    return o


@cc.export('where_dtype', '(f8[:], f4[:])')
def where_dtype(a, o):
    np.add(a, 0.1, dtype=np.float32, out=o, where=a < 2.0)
    return o


@cc.export('sum_out', '(f8[:, :], f8[:])')
def sum_out(a, o):
    np.sum(a, axis=0, out=o)
    return o


@cc.export('max_out', '(i8[:, :], i8[:])')
def max_out(a, o):
    a.max(axis=1, out=o)
    return o


@cc.export('mean_out', '(f8[:, :], f8[:])')
def mean_out(a, o):
    o = np.mean(a, 1, out=o)
    return o


CASES = {
    'add_f64': [lambda: (np.arange(5, dtype=np.int32), np.arange(5, dtype=np.int32) * 7)],
    'mul_f32': [lambda: (np.linspace(0, 1, 7), 1.1)],
    'sqrt_f32': [lambda: (np.arange(9),)],
    'exp_f64': [lambda: (np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4),)],
    'sub_int': [lambda: (np.array([100, -100, 5], np.int8), np.array([-100, 100, 7], np.int8))],
    'div_float': [lambda: (np.arange(6), 3), lambda: (np.arange(6), 0)],
    'sqrt_where': [lambda: (np.linspace(-2, 2, 9), np.full(9, 7.0))],
    'add_where': [lambda: (np.arange(6.0).reshape(2, 3), np.ones(3), np.zeros((2, 3))),
                  lambda: (np.arange(6.0).reshape(2, 3), np.ones(2), np.zeros((2, 3)))],
    'where_cast': [lambda: (np.arange(6), np.full(6, -1.0, np.float32))],
    'where_dtype': [lambda: (np.linspace(0, 3, 7), np.zeros(7, np.float32))],
    'sum_out': [lambda: (np.arange(12.0).reshape(3, 4) / 3, np.zeros(4)), lambda: (np.ones((3, 4)), np.zeros(3))],
    'max_out': [lambda: (np.arange(12).reshape(3, 4) % 5, np.zeros(3, np.int64))],
    'mean_out': [lambda: (np.arange(12.0).reshape(3, 4) / 3, np.zeros(3))],
}
