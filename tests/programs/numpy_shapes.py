# differential-python: numpy
# Shape functions and methods, computed by numpy (its views, memory order,
# values and errors): reshape (with -1), ravel, flatten, transpose / .T,
# astype, np.repeat, np.roll, np.diff, np.tile, np.average; compared with
# numpy itself, bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_shapes_prog')


@cc.export('create_grid', '(f8[:],)')
def create_grid(x):
    N = x.shape[0]
    z = np.zeros((N, N, 3))
    z[:, :, 0] = x.reshape(-1, 1)
    z[:, :, 1] = x
    return z.reshape(N * N, 3)


@cc.export('reshape_forms', '(f8[:], i8, i8)')
def reshape_forms(x, m, k):
    if k == 0:
        return np.reshape(x, (m, -1))
    if k == 1:
        return x.reshape((-1, m))
    return x[::-1].reshape(m, -1)


@cc.export('reshape_list', '(i8[:], i8)')
def reshape_list(a, n):
    # numpy takes a list as a shape as well as a tuple
    s = a.reshape([n, 2])
    z = np.zeros([2, n], dtype=np.int64)
    z[1] = s[:, 1]
    return s, z, np.ones([n])


@cc.export('reshape_view', '(f8[:],)')
def reshape_view(x):
    v = x.reshape(2, -1)
    v[1, 0] = -5.0
    return x


@cc.export('transposes', '(f8[:, :], i8)')
def transposes(a, k):
    if k == 0:
        return a.T
    if k == 1:
        return np.transpose(a) * 2.0
    return (a - 1.0).T[::-1] * 2.0 - 0.5


@cc.export('transpose3', '(f8[:, :, :],)')
def transpose3(a):
    return a.T


@cc.export('flat', '(f8[:, :], i8)')
def flat(a, k):
    if k == 0:
        return a.ravel()
    if k == 1:
        return a.T.ravel()
    return a.T.flatten()


@cc.export('astypes', '(f8[:, :],)')
def astypes(a):
    return (a * 10.0).astype(np.int32)


@cc.export('astype_f4', '(i8[:],)')
def astype_f4(a):
    return a.astype(np.float32)


@cc.export('repeats', '(f8[:, :], i8)')
def repeats(a, n):
    return np.repeat(a, n)


@cc.export('repeat_axis', '(f8[:, :], i8, i8)')
def repeat_axis(a, n, axis):
    return np.repeat(a, n, axis=axis)


@cc.export('rolls', '(f8[:, :], i8, i8)')
def rolls(a, shift, axis):
    return np.roll(a, shift, axis) + np.roll(a, -shift, axis=axis)


@cc.export('roll_flat', '(f8[:, :], i8)')
def roll_flat(a, shift):
    return np.roll(a, shift)


@cc.export('diffs', '(i4[:, :],)')
def diffs(a):
    return np.diff(a)


@cc.export('tiles', '(f8[:], i8)')
def tiles(x, n):
    t = np.tile(x, (n, 1))
    return t - t.T


@cc.export('tile_int', '(f8[:, :], i8)')
def tile_int(a, n):
    return np.tile(a, n)


@cc.export('averages', '(f8[:], f8[:])')
def averages(x, y):
    x_avg = np.average(x)
    y_avg = np.average(y)
    dx = x - x_avg
    return np.sum(dx * (y - y_avg)) / np.sum(dx ** 2), y_avg


@cc.export('dots', '(f8[:, :], f8[:, :], f8[:])')
def dots(x1, x2, v):
    d = -2 * np.dot(x1, x2.T) + np.sum(np.square(x1), axis=1)[:, np.newaxis] + np.sum(np.square(x2), axis=1)
    return d + np.dot(x1, v)[:, None] + np.dot(v, x1.T)[:, None]


@cc.export('dot_bad', '(f8[:, :], f8[:, :])')
def dot_bad(a, b):
    return np.dot(a, b)


@cc.export('concat', '(f8[:], f8[:])')
def concat(a, b):
    return np.concatenate((a, b[::-1], a * 2.0))


@cc.export('concat_axis', '(f8[:, :], f8[:, :], i8)')
def concat_axis(a, b, axis):
    return np.concatenate([a, b], axis=axis)


def A():
    return np.arange(12.0).reshape(3, 4) * 0.7


CASES = {
    'create_grid': [lambda: (np.arange(0, 1, 1.0 / 9),), lambda: (np.zeros(0),)],
    'reshape_forms': [(lambda m=m, k=k: (np.arange(12.0), m, k)) for m in (2, 3, 5, -1) for k in range(3)],
    'reshape_list': [lambda: (np.arange(6), 3), lambda: (np.arange(6), 2), lambda: (np.arange(0), 0)],
    'reshape_view': [lambda: (np.arange(6.0),)],
    'transposes': [(lambda k=k: (A(), k)) for k in range(3)] + [lambda: (np.asfortranarray(A()), 0)],
    'transpose3': [lambda: (np.arange(24.0).reshape(2, 3, 4),)],
    'flat': [(lambda k=k: (A(), k)) for k in range(3)] + [lambda: (A()[:, ::2], 0)],
    'astypes': [lambda: (A(),), lambda: (np.array([[1e300, -2.5]]),)],
    'astype_f4': [lambda: (np.array([1, 2**40 + 1, -3]),)],
    'repeats': [lambda: (A(), 2), lambda: (A(), 0), lambda: (A(), -1)],
    'repeat_axis': [lambda: (A(), 2, 0), lambda: (A(), 3, -1), lambda: (A(), 1, 2)],
    'rolls': [(lambda s=s, ax=ax: (A(), s, ax)) for s in (1, -1, 5) for ax in (0, 1, -1, 2)],
    'roll_flat': [lambda: (A(), 5), lambda: (A(), -13)],
    'diffs': [lambda: (np.array([[1, 5, 2**31 - 1], [0, -2**31, 3]], np.int32),)],
    'tiles': [lambda: (np.arange(4.0), 4), lambda: (np.arange(3.0), 0)],
    'tile_int': [lambda: (A(), 2)],
    'dots': [lambda: (np.random.RandomState(0).rand(4, 6), np.random.RandomState(1).rand(5, 6), np.random.RandomState(2).rand(6))],
    'dot_bad': [lambda: (np.ones((2, 3)), np.ones((2, 3))), lambda: (np.ones((2, 3)), np.ones((3, 0)))],
    'concat': [lambda: (np.arange(3.0), np.arange(4.0)), lambda: (np.zeros(0), np.ones(1))],
    'concat_axis': [lambda: (A(), np.ones((1, 4)), 0), lambda: (A(), np.ones((1, 4)), 1), lambda: (A(), np.ones((3, 2)), -1), lambda: (A(), A(), 2)],
    'averages': [lambda: (np.random.RandomState(0).rand(100), np.random.RandomState(1).rand(100)), lambda: (np.zeros(0), np.ones(2))],
}
