# differential-python: numpy
# `None` and `np.newaxis` in indexing: a new axis of extent 1 where each
# stands, as views (stores reach the base), in broadcasting; compared with
# numpy itself, bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_newaxis_prog')


@cc.export('outer_diff', '(f8[:], f8[:])')
def outer_diff(x, y):
    return x[:, None] - y[None, :]


@cc.export('outer_np', '(f8[:], f8[:])')
def outer_np(x, y):
    return x[:, np.newaxis] * y[np.newaxis]


@cc.export('l1norm', '(f8[:, :], f8[:, :])')
def l1norm(x, y):
    return np.sum(np.abs(x[:, None, :] - y), axis=-1)


@cc.export('pairwise', '(f8[:, :],)')
def pairwise(pts):
    return np.sum((pts[None, :] - pts[:, None]) ** 2, -1) ** 0.5


@cc.export('lead', '(f8[:, :], i8)')
def lead(a, i):
    v = a[None, i, ::-1]
    return v


@cc.export('trail', '(f8[:],)')
def trail(a):
    v = a[::2, None]
    v[0, 0] = 7.0
    return v.shape[0] * 10 + v.shape[1] + v.ndim * 100, a[0]


@cc.export('only', '(f8[:],)')
def only(a):
    return a[None]


@cc.export('mismatch', '(f8[:], f8[:, :])')
def mismatch(x, y):
    return x[:, None] + y


CASES = {
    'outer_diff': [lambda: (np.array([0.5, -1.0, 3.0]), np.array([1.0, 2.0])), lambda: (np.zeros(0), np.ones(2))],
    'outer_np': [lambda: (np.arange(4.0)[::-1], np.array([1.5, -0.0]))],
    'l1norm': [lambda: (np.random.RandomState(0).rand(5, 3), np.random.RandomState(1).rand(4, 3)), lambda: (np.ones((2, 3)), np.ones((2, 4)))],
    'pairwise': [lambda: (np.linspace(0, 10, 60).reshape(6, 10),)],
    'lead': [lambda: (np.arange(12.0).reshape(3, 4), 1), lambda: (np.arange(12.0).reshape(3, 4), -4)],
    'trail': [lambda: (np.arange(5.0),)],
    'only': [lambda: (np.arange(3.0),)],
    'mismatch': [lambda: (np.ones(3), np.ones((3, 2))), lambda: (np.ones(3), np.ones((2, 2)))],
}
