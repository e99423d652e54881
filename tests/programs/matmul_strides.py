# differential-python: numpy
# `a @ b` is numpy's matmul: where an operand's stride is not BLAS's (a
# negative one), numpy sums in order, while numpy.dot copies the operand
# and calls BLAS; the two differ in the last place. `np.dot` and `@` of
# mixed dtypes are computed in numpy's promoted dtype.
import numpy as np
from pycc import CC

cc = CC('matmul_strides_prog')


@cc.export('rev_matmul', 'f8(f8[:])')
def rev_matmul(a):
    return a[::-1] @ a


@cc.export('rev_dot', 'f8(f8[:])')
def rev_dot(a):
    return np.dot(a[::-1], a)


@cc.export('param_matmul', 'f8(f8[:], f8[:])')
def param_matmul(a, b):
    return a @ b + np.matmul(b, a)


@cc.export('step_matmul', 'f8(f8[:])')
def step_matmul(a):
    return a[::2] @ a[1::2] + a[::-2] @ a[-2::-2]


@cc.export('f4_matmul', 'f4(f4[:])')
def f4_matmul(a):
    return a[::-1] @ a


@cc.export('int_matmul', 'i8(i8[:])')
def int_matmul(a):
    return a[::-1] @ a


@cc.export('mat_vec', 'f8[:](f8[:, :], f8[:])')
def mat_vec(m, v):
    return m[::-1] @ v


@cc.export('vec_mat', 'f8[:](f8[:], f8[:, :])')
def vec_mat(v, m):
    return v[::-1] @ m[:, ::-1]


@cc.export('mixed_dot', 'f8(f8[:], i8[:])')
def mixed_dot(a, b):
    return np.dot(a, b) + a @ b + b @ a


@cc.export('mixed_f4', 'f8(f4[:], i8[:], i2[:])')
def mixed_f4(a, b, c):
    return float(np.dot(a, b)) + float(a @ c) + float(np.dot(b, c))


@cc.export('mixed_int', 'i8(i4[:], i8[:], b1[:])')
def mixed_int(a, b, m):
    return np.dot(a, b) + (m @ b) + np.dot(a, m)


@cc.export('mixed_mat', 'f8[:, :](f8[:, :], i8[:, :])')
def mixed_mat(x, y):
    return np.dot(x, y) + x @ y


rng = np.random.default_rng(5)
V = [rng.standard_normal(n) for n in (0, 1, 2, 3, 5, 8, 17, 64, 257, 1001)]
I = [rng.integers(-1000, 1000, n) for n in (0, 1, 4, 9, 33)]
M = rng.standard_normal((7, 9))
CASES = {
    'rev_matmul': [(v,) for v in V],
    'rev_dot': [(v,) for v in V],
    'param_matmul': [(v, v[::-1]) for v in V] + [(v[::-1], v) for v in V],
    'step_matmul': [(v,) for v in V if len(v) % 2 == 0],
    'f4_matmul': [(v.astype(np.float32),) for v in V],
    'int_matmul': [(v,) for v in I],
    'mat_vec': [(M, rng.standard_normal(9)), (M.T.copy().T, rng.standard_normal(9)[::-1])],
    'vec_mat': [(rng.standard_normal(7), M), (rng.standard_normal(9), M.T)],
    'mixed_dot': [(v, np.arange(len(v)) - 3) for v in V],
    'mixed_f4': [(v.astype(np.float32), np.arange(len(v)) * 7 - 3, (np.arange(len(v)) - 2).astype(np.int16)) for v in V],
    'mixed_int': [(v.astype(np.int32), v * 3, v % 2 == 0) for v in I],
    'mixed_mat': [(M[:4, :5].copy(), rng.integers(-9, 9, (5, 3)))],
}
