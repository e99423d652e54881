# differential-python: numpy
# numpy breadth, part 9 (issue 17): np.broadcast_shapes of shapes written
# out (tuples, tuple variables, a.shape, ints) as a tuple of ints, with
# numpy's ValueError for shapes that do not broadcast; np.array([]) and
# np.asarray([]) (numpy's float64 array of shape (0,)); a.flat[k] read,
# written and updated in place (C order whatever the strides, negative k
# from the end, numpy's IndexError `index 6 is out of bounds for size 6`);
# np.dot(a, b, out=o): numpy's checks of `o` (dtype, ndim, C order,
# extents) and its ValueErrors, the product stored into `o`.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth9_prog')


@cc.export('shapes', '(f8[:, :], f8[:], i8)')
def shapes(a, v, n):
    s = np.broadcast_shapes(a.shape, v.shape)
    t = (n, 1, 1)
    r, c = np.broadcast_shapes((1, a.shape[1]), (a.shape[0], 1))
    return s, np.broadcast_shapes(t, a.shape, n), r * c


@cc.export('shape_loop', '(i8,)')
def shape_loop(n):
    total = 0
    for k in range(1, n):
        p, q = np.broadcast_shapes((k, 1), (1, n))
        total += p * q
    return total


@cc.export('empty_arrays', '(f8[:],)')
def empty_arrays(v):
    e = np.array([])
    f = np.asarray([])
    g = np.concatenate((e, v))
    return e, f.size, g, e.itemsize, np.array([], dtype=np.int32)


@cc.export('flat_read', '(f8[:, :], i8)')
def flat_read(a, k):
    return a.flat[k], a[:, ::-1].flat[k], a.T.flat[k]


@cc.export('flat_write', '(f8[:, :], i8, f8)')
def flat_write(a, k, x):
    a.flat[k] = x
    a.flat[0] += 1.0
    v = a[::-1, 1:]
    v.flat[k // 2] *= 2.0
    return a


@cc.export('flat_ints', '(i4[:, :, :], i8, f8, b1[:])')
def flat_ints(a, k, x, m):
    a.flat[k] = x
    m.flat[-1] = k
    s = 0
    for j in range(a.size):
        s += a.flat[j] * (j + 1)
    return a, m, s, a.flat[-k - 1]


@cc.export('flat_loop', '(f8[:],)')
def flat_loop(v):
    total = 0.0
    for j in range(-v.size, v.size):
        total += v.flat[j] * j
    return total


@cc.export('dot_out', '(f8[:, :], f8[:, :], f8[:, :])')
def dot_out(a, b, o):
    np.dot(a, b, out=o)
    h = np.dot(a, b, o)
    return o, h.sum()


@cc.export('dot_out_vec', '(f8[:, :], f8[:], f8[:], i4[:, :])')
def dot_out_vec(m, v, o, k):
    np.dot(m, v, out=o)
    w = np.dot(v, m, out=o)
    np.dot(k, k.T, out=k)
    return o, w, k


@cc.export('dot_out_bad', '(f8[:, :], f4[:, :], f8[:])')
def dot_out_bad(a, f, v):
    np.dot(a, a, out=f)
    return f


@cc.export('dot_out_number', '(f8[:], f8[:])')
def dot_out_number(v, o):
    np.dot(v, v, out=o)
    return o


@cc.export('dot_out_overlap', '(f8[:, :],)')
def dot_out_overlap(a):
    np.dot(a, a, out=a)
    return a


CASES = {
    'shapes': [lambda: (np.ones((3, 4)), np.ones(4), 5), lambda: (np.ones((1, 4)), np.ones(1), 1),
               lambda: (np.ones((0, 4)), np.ones(4), 0), lambda: (np.ones((3, 4)), np.ones(3), 2),
               lambda: (np.ones((3, 4)), np.ones(4), 3), lambda: (np.ones((3, 4)), np.ones(4), 4)],
    'shape_loop': [lambda: (5,), lambda: (1,), lambda: (0,)],
    'flat_read': [lambda: (np.arange(6.0).reshape(2, 3), 0), lambda: (np.arange(6.0).reshape(2, 3), 4),
                  lambda: (np.arange(6.0).reshape(2, 3), -1), lambda: (np.arange(6.0).reshape(2, 3), -6),
                  lambda: (np.arange(6.0).reshape(2, 3), 6), lambda: (np.arange(6.0).reshape(2, 3), -7),
                  lambda: (np.zeros((0, 3)), 0), lambda: (np.arange(12.0).reshape(3, 4)[::2, 1:], 5)],
    'flat_write': [lambda: (np.arange(6.0).reshape(2, 3), 3, -2.5), lambda: (np.arange(6.0).reshape(2, 3), -1, 7.0),
                   lambda: (np.arange(6.0).reshape(2, 3), 6, 1.0), lambda: (np.arange(6.0).reshape(2, 3), 5, np.nan)],
    'flat_ints': [lambda: (np.arange(24, dtype=np.int32).reshape(2, 3, 4), 7, 3.9, np.zeros(3, bool)),
                  lambda: (np.arange(24, dtype=np.int32).reshape(2, 3, 4), 23, -1.5, np.ones(1, bool)),
                  lambda: (np.arange(24, dtype=np.int32).reshape(2, 3, 4), 24, 0.0, np.ones(1, bool)),
                  lambda: (np.arange(24, dtype=np.int32).reshape(2, 3, 4), 0, np.nan, np.ones(1, bool)),
                  lambda: (np.arange(24, dtype=np.int32).reshape(2, 3, 4), 1, 0.5, np.zeros(0, bool))],
    'flat_loop': [lambda: (np.array([1.5, -2.0, 4.0]),), lambda: (np.zeros(0),)],
    'dot_out': [lambda: (np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4), np.zeros((2, 4))),
                lambda: (np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4), np.zeros((2, 5))),
                lambda: (np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4), np.zeros((4, 2)).T),
                lambda: (np.arange(6.0).reshape(2, 3), np.arange(16.0).reshape(4, 4), np.zeros((2, 4))),
                lambda: (np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4), np.zeros((2, 8))[:, ::2]),
                lambda: (np.zeros((0, 3)), np.ones((3, 2)), np.zeros((0, 2)))],
    'dot_out_vec': [lambda: (np.arange(9.0).reshape(3, 3), np.array([1.0, -2.0, 0.5]), np.zeros(3),
                             np.arange(4, dtype=np.int32).reshape(2, 2)),
                    lambda: (np.arange(9.0).reshape(3, 3), np.array([1.0, -2.0, 0.5]), np.zeros(4),
                             np.arange(4, dtype=np.int32).reshape(2, 2)),
                    lambda: (np.arange(9.0).reshape(3, 3), np.array([1.0, -2.0, 0.5]), np.zeros(3),
                             np.arange(6, dtype=np.int32).reshape(2, 3))],
    'dot_out_bad': [lambda: (np.ones((2, 2)), np.zeros((2, 2), np.float32), np.zeros(2)),
                    lambda: (np.ones((2, 3)), np.zeros((2, 2), np.float32), np.zeros(2))],
    'dot_out_number': [lambda: (np.ones(3), np.zeros(1)), lambda: (np.ones(3), np.zeros(2))],
    'dot_out_overlap': [lambda: (np.arange(4.0).reshape(2, 2),), lambda: (np.arange(9.0).reshape(3, 3),)],
    'empty_arrays': [lambda: (np.array([1.5, -2.0]),), lambda: (np.zeros(0),)],
}
