# differential-python: numpy
# np.round / np.around / a.round(decimals) (numpy's multiply/rint/divide, in
# the array's dtype) and the builtin round(x, ndigits) on floats (CPython's
# correctly rounded algorithm): ties, negative decimals, nan, inf, empty.
import numpy as np
from pycc import CC

cc = CC('numpy_more_round')


@cc.export('round_arr', 'f8[:](f8[:], i8)')
def round_arr(a, d):
    return np.round(a, d)


@cc.export('around_arr', 'f8[:](f8[:])')
def around_arr(a):
    return np.around(a)


@cc.export('round_method', 'f8[:, :](f8[:, :], i8)')
def round_method(a, d):
    return a.round(d)


@cc.export('round_f4', 'f4[:](f4[:])')
def round_f4(a):
    return np.round(a, 2)


@cc.export('round_int', 'i8[:](i8[:])')
def round_int(a):
    return np.round(a, -1)


@cc.export('round_expr', 'f8(f8[:])')
def round_expr(a):
    r = np.round(a * 2.0, 1)
    return r.sum()


@cc.export('round_num', 'f8(f8, i8)')
def round_num(x, d):
    return np.round(x, d)


@cc.export('round_num0', 'f8(f8)')
def round_num0(x):
    return np.round(x)


@cc.export('round_intnum', 'i8(i8)')
def round_intnum(x):
    return np.round(x, -2)


@cc.export('builtin_round', 'f8(f8, i8)')
def builtin_round(x, n):
    return round(x, n)


V = np.array([0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 0.125, 1e300, np.nan, np.inf, -np.inf, -0.0, 123.456])
X = [0.5, 1.5, 2.5, -0.5, 2.675, 0.125, 0.375, 1e16, 1.23456789e-5, 123.456, -0.0, float('nan'), float('inf')]

CASES = {
    'round_arr': [(V, 0), (V, 1), (V, 2), (V, -1), (V, -2), (V, 400), (np.zeros(0), 1), (V[::2], 3)],
    'around_arr': [(V,), (np.zeros(0),)],
    'round_method': [(np.array([[0.25, 0.35], [1.005, -7.55]]), 1), (np.array([[15.0, 25.0]]), -1)],
    'round_f4': [(np.array([0.125, 2.675, 1.005], dtype=np.float32),)],
    'round_int': [(np.array([5, 15, 25, -5, -15, 2**62]),), (np.zeros(0, dtype=np.int64),)],
    'round_expr': [(V[:7],)],
    'round_num': [(x, d) for x in X for d in (0, 1, 2, -1)],
    'round_num0': [(x,) for x in X],
    'round_intnum': [(150,), (250,), (-150,), (12345,)],
    'builtin_round': [(x, d) for x in X for d in (0, 1, 2, -1, 300)],
}
