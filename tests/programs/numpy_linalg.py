# differential-python: numpy
# np.linalg.inv, np.linalg.det, np.linalg.solve (numpy's LAPACK calls, so
# numpy's values, dtypes and numpy's LinAlgError for a singular or
# non-square matrix) and np.matmul by name.
import numpy as np
from numpy.linalg import inv
from pycc import CC

cc = CC('numpy_linalg_prog')


@cc.export('inverse', 'f8[:, :](f8[:, :])')
def inverse(a):
    return np.linalg.inv(a)


@cc.export('inverse_int', '(i8[:, :])')
def inverse_int(a):
    return inv(a)


@cc.export('inverse_f32', '(f4[:, :])')
def inverse_f32(a):
    return np.linalg.inv(a)


@cc.export('inverse_3d', 'f8[:, :, :](f8[:, :, :])')
def inverse_3d(a):
    return np.linalg.inv(a)


@cc.export('roundtrip', 'f8(f8[:, :])')
def roundtrip(a):
    # an inverse used inside an expression
    return np.abs(np.linalg.inv(a) @ a - np.eye(a.shape[0])).max()


@cc.export('det', 'f8(f8[:, :])')
def det(a):
    return np.linalg.det(a)


@cc.export('det_f32', '(f4[:, :])')
def det_f32(a):
    return np.linalg.det(a)


@cc.export('det_int', 'f8(i4[:, :])')
def det_int(a):
    return np.linalg.det(a) * 2.0


@cc.export('det_3d', 'f8[:](f8[:, :, :])')
def det_3d(a):
    return np.linalg.det(a)


@cc.export('solve', 'f8[:](f8[:, :], f8[:])')
def solve(a, b):
    return np.linalg.solve(a, b)


@cc.export('solve_2d', 'f8[:, :](f8[:, :], f8[:, :])')
def solve_2d(a, b):
    return np.linalg.solve(a, b)


@cc.export('solve_mixed', '(f4[:, :], i8[:])')
def solve_mixed(a, b):
    return np.linalg.solve(a, b)


@cc.export('solve_f32', '(f4[:, :], f4[:])')
def solve_f32(a, b):
    return np.linalg.solve(a, b)


@cc.export('matmul', 'f8[:, :](f8[:, :], f8[:, :])')
def matmul(a, b):
    return np.matmul(a, b)


@cc.export('matmul_vec', 'f8(f8[:, :], f8[:])')
def matmul_vec(a, v):
    w = np.matmul(a, v)
    return np.matmul(v, w)


def _m(n, seed=0):
    return np.random.RandomState(seed).rand(n, n) + n * np.eye(n)


CASES = {
    'inverse': [lambda: (_m(3),), lambda: (np.array([[1.0, 2.0], [2.0, 4.0]]),), lambda: (np.ones((2, 3)),),
                lambda: (np.zeros((0, 0)),), lambda: (_m(4)[::2, ::2],)],
    'inverse_int': [lambda: (np.array([[2, 1], [1, 3]]),), lambda: (np.array([[1, 1], [1, 1]]),)],
    'inverse_f32': [lambda: (_m(3).astype(np.float32),)],
    'inverse_3d': [lambda: (np.stack([_m(2), _m(2, 1), _m(2, 2)]),), lambda: (np.zeros((2, 2, 2)),)],
    'roundtrip': [lambda: (_m(5),)],
    'det': [lambda: (_m(3),), lambda: (np.array([[1.0, 2.0], [2.0, 4.0]]),), lambda: (np.ones((2, 3)),),
            lambda: (np.zeros((0, 0)),), lambda: (_m(4).T,)],
    'det_f32': [lambda: (_m(3).astype(np.float32),)],
    'det_int': [lambda: (np.array([[2, 1], [1, 3]], np.int32),)],
    'det_3d': [lambda: (np.stack([_m(2), _m(2, 1), _m(2, 2)]),)],
    'solve': [lambda: (_m(3), np.arange(3.0)), lambda: (np.ones((2, 2)), np.arange(2.0)), lambda: (_m(3), np.arange(2.0))],
    'solve_2d': [lambda: (_m(3), np.arange(6.0).reshape(3, 2)), lambda: (_m(3), np.ones((2, 2)))],
    'solve_mixed': [lambda: (_m(3).astype(np.float32), np.arange(3))],
    'solve_f32': [lambda: (_m(3).astype(np.float32), np.arange(3, dtype=np.float32))],
    'matmul': [lambda: (_m(3), np.arange(6.0).reshape(3, 2)), lambda: (_m(3), np.ones((2, 2)))],
    'matmul_vec': [lambda: (_m(3), np.arange(3.0)), lambda: (_m(3), np.arange(2.0))],
}
