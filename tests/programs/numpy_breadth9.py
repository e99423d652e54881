# differential-python: numpy
# numpy breadth, part 9 (issue 17): np.broadcast_shapes of shapes written
# out (tuples, tuple variables, a.shape, ints) as a tuple of ints, with
# numpy's ValueError for shapes that do not broadcast; np.array([]) and
# np.asarray([]) (numpy's float64 array of shape (0,)); a.flat[k] read,
# written and updated in place (C order whatever the strides, negative k
# from the end, numpy's IndexError `index 6 is out of bounds for size 6`);
# np.dot(a, b, out=o): numpy's checks of `o` (dtype, ndim, C order,
# extents) and its ValueErrors, the product stored into `o`; np.put and
# a.put (numpy's own, in place, its modes, casts and IndexError);
# np.ravel_multi_index of ints and of int arrays.
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


@cc.export('put', '(f8[:, :], i8[:], f8, i8)')
def put(a, idx, x, k):
    np.put(a, k, x)
    np.put(a, idx, -1.0)
    a.put([0, 1], 7.5)
    a[:, 1:].put(k, np.array([2.0, 3.0]), 'wrap')
    np.put(a, [-1], x, mode='clip')
    return a


@cc.export('put_ints', '(i4[:], f8, i8)')
def put_ints(a, x, k):
    np.put(a, k, x, 'clip')
    a[::2].put(0, k)
    return a


@cc.export('ravel_index', '(i8, i8, i8[:], i8[:, :], f8[:, :])')
def ravel_index(i, j, v, w, m):
    k = np.ravel_multi_index((i, j), (3, 4))
    flat = np.ravel_multi_index((v, v), m.shape)
    grid = np.ravel_multi_index([w, w, w], (5, 6, 7))
    return k, flat, grid, np.ravel_multi_index((i,), m.shape[:1]) + 1


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
    'put': [lambda: (np.zeros((2, 3)), np.array([4, -2]), 2.5, 0), lambda: (np.zeros((2, 3)), np.array([], np.int64), -2.5, 5),
            lambda: (np.zeros((2, 3)), np.array([6]), 1.0, 0), lambda: (np.zeros((2, 3)), np.array([0]), 1.0, -7),
            lambda: (np.zeros((2, 3)), np.array([0]), np.nan, 13)],
    'put_ints': [lambda: (np.arange(5, dtype=np.int32), 2.9, 9), lambda: (np.arange(5, dtype=np.int32), -1.5, -9),
                 lambda: (np.arange(5, dtype=np.int32), np.nan, 1), lambda: (np.arange(5, dtype=np.int32), 1e20, 1),
                 lambda: (np.arange(5, dtype=np.int32), 1.0, 2**40)],
    'ravel_index': [lambda: (1, 2, np.array([0, 1, 2]), np.array([[0, 4], [2, 3]]), np.zeros((3, 5))),
                    lambda: (2, 3, np.array([], np.int64), np.zeros((0, 2), np.int64), np.zeros((1, 1))),
                    lambda: (3, 0, np.array([0]), np.zeros((1, 1), np.int64), np.zeros((4, 4))),
                    lambda: (0, 0, np.array([5]), np.zeros((1, 1), np.int64), np.zeros((4, 4))),
                    lambda: (-1, 0, np.array([0]), np.zeros((1, 1), np.int64), np.zeros((4, 4)))],
    'empty_arrays': [lambda: (np.array([1.5, -2.0]),), lambda: (np.zeros(0),)],
}

# Error cases by keyword form: their messages are compared too.
M23 = np.arange(6.0).reshape(2, 3)
CASES['shapes'].append({'args': (np.ones((3, 4)), np.ones(3), 2), 'kwargs': {}})
CASES['flat_read'] += [{'args': (M23, 6), 'kwargs': {}}, {'args': (M23, -7), 'kwargs': {}}]
CASES['flat_write'].append({'args': (M23, 6, 1.0), 'kwargs': {}})
CASES['flat_ints'].append({'args': (np.arange(24, dtype=np.int32).reshape(2, 3, 4), -25, 0.0, np.ones(1, bool)), 'kwargs': {}})
CASES['dot_out'] += [{'args': (M23, np.ones((3, 4)), np.zeros((2, 5))), 'kwargs': {}},
                     {'args': (M23, np.ones((3, 4)), np.zeros((4, 2)).T), 'kwargs': {}},
                     {'args': (M23, np.ones((4, 4)), np.zeros((2, 4))), 'kwargs': {}}]
CASES['dot_out_bad'].append({'args': (np.ones((2, 2)), np.zeros((2, 2), np.float32), np.zeros(2)), 'kwargs': {}})
CASES['dot_out_number'].append({'args': (np.ones(3), np.zeros(1)), 'kwargs': {}})
CASES['ravel_index'].append({'args': (3, 0, np.array([0]), np.zeros((1, 1), np.int64), np.zeros((4, 4))), 'kwargs': {}})
CASES['put'].append({'args': (np.zeros((2, 3)), np.array([6]), 1.0, 0), 'kwargs': {}})
CASES['put_ints'] += [{'args': (np.arange(5, dtype=np.int32), np.nan, 1), 'kwargs': {}},
                      {'args': (np.arange(5, dtype=np.int32), 1.0, 2**40), 'kwargs': {}}]
