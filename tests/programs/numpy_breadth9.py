# differential-python: numpy
# numpy breadth, part 9 (issue 17): np.broadcast_shapes of shapes written
# out (tuples, tuple variables, a.shape, ints) as a tuple of ints, with
# numpy's ValueError for shapes that do not broadcast; np.array([]) and
# np.asarray([]) (numpy's float64 array of shape (0,)).
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


CASES = {
    'shapes': [lambda: (np.ones((3, 4)), np.ones(4), 5), lambda: (np.ones((1, 4)), np.ones(1), 1),
               lambda: (np.ones((0, 4)), np.ones(4), 0), lambda: (np.ones((3, 4)), np.ones(3), 2),
               lambda: (np.ones((3, 4)), np.ones(4), 3), lambda: (np.ones((3, 4)), np.ones(4), 4)],
    'shape_loop': [lambda: (5,), lambda: (1,), lambda: (0,)],
    'empty_arrays': [lambda: (np.array([1.5, -2.0]),), lambda: (np.zeros(0),)],
}
