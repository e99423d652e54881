# differential-python: numpy
# np.cumsum / np.cumprod of 1-d arrays, compiled as one loop (numpy's
# add/multiply.accumulate: in order, in numpy's accumulation dtype).
import numpy as np
from pycc import CC

cc = CC('numpy_cumulative_prog')


@cc.export('csum', 'f8[:](f8[:])')
def csum(a):
    return np.cumsum(a)


@cc.export('cprod', 'f8[:](f8[:])')
def cprod(a):
    return a.cumprod()


@cc.export('reverse_cumsum', 'f8[:](f8[:])')
def reverse_cumsum(x):
    return np.cumsum(x[::-1])[::-1]


@cc.export('csum_f4', 'f4[:](f4[:])')
def csum_f4(a):
    return np.cumsum(a)


@cc.export('csum_i4', 'i8[:](i4[:])')
def csum_i4(a):
    return np.cumsum(a)


@cc.export('cprod_i8', 'i8[:](i8[:])')
def cprod_i8(a):
    return np.cumprod(a)


@cc.export('csum_u1', 'u8[:](u1[:])')
def csum_u1(a):
    return a.cumsum()


@cc.export('csum_bool', 'i8[:](b1[:])')
def csum_bool(m):
    return np.cumsum(m)


@cc.export('in_loop', 'f8(f8[:, :])')
def in_loop(m):
    s = 0.0
    for i in range(m.shape[0]):
        c = np.cumsum(m[i, ::2])
        s += c[-1] * (i + 1)
    return s


@cc.export('of_expr', 'f8[:](f8[:], f8[:])')
def of_expr(a, b):
    return np.cumsum(a * b + 1.0)


def R(n, seed):
    return np.random.default_rng(seed).standard_normal(n)


EDGE = np.array([-0.0, 0.0, -0.0, np.nan, 1e308, 1e308, -np.inf, 5e-324])

CASES = {
    'csum': [(R(0, 1),), (R(1, 1),), (R(1000, 2),), (np.array([-0.0]),), (np.array([-0.0, -0.0]),), (EDGE,), (EDGE[::-2],)],
    'cprod': [(R(0, 1),), (np.array([-0.0]),), (R(50, 3),), (EDGE,), (np.array([1e200, 1e200, 0.0]),)],
    'reverse_cumsum': [(R(1001, 4),), (R(0, 4),)],
    'csum_f4': [(R(300, 5).astype(np.float32),), (np.array([-0.0, 3e38, 3e38], dtype=np.float32),)],
    'csum_i4': [(np.array([2**31 - 1, 1, -5], dtype=np.int32),), (np.arange(-7, 9, dtype=np.int32),)],
    'cprod_i8': [(np.array([2**40, 2**40, 3], dtype=np.int64),), (np.arange(1, 30, dtype=np.int64),)],
    'csum_u1': [(np.array([255, 255, 7], dtype=np.uint8),)],
    'csum_bool': [(np.array([True, False, True, True]),), (np.zeros(0, dtype=bool),)],
    'in_loop': [(R(20, 6).reshape(4, 5),), (R(6, 6).reshape(6, 1),)],
    'of_expr': [(R(9, 7), R(9, 8)), (R(9, 7), R(1, 8)), (R(3, 7), R(4, 8))],
}
