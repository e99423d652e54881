# differential-python: numpy
# The runtime's numpy C API paths (runtime_buffer.c): np.empty/np.zeros of
# every dtype through PyArray_Empty/Zeros, views handed to numpy and
# returned (PyArray_NewFromDescr, the owner as base), small arrays renewed
# in a loop; numpy's errors for bad shapes.
import numpy as np
from pycc import CC

cc = CC('numpy_capi_paths_prog')


@cc.export('zeros_2d', 'Tuple(i8[:, :], u1[:, :], f4[:, :], b1[:, :])(i8, i8)')
def zeros_2d(n, m):
    return (np.zeros((n, m), dtype=np.int64), np.zeros((n, m), dtype=np.uint8),
            np.zeros((n, m), dtype=np.float32), np.zeros((n, m), dtype=np.bool_))


@cc.export('empty_filled', 'i4[:](i8)')
def empty_filled(n):
    out = np.empty(n, dtype=np.int32)
    for i in range(n):
        out[i] = 3 * i - 7
    return out


@cc.export('zeros_shape', 'f8[:, :, :](i8, i8, i8)')
def zeros_shape(a, b, c):
    return np.zeros((a, b, c))


@cc.export('view_back', 'f8[:, :](f8[:, :])')
def view_back(a):
    return a[1:, ::2]


@cc.export('view_of_view', 'f8[:](f8[:, :], i8)')
def view_of_view(a, k):
    row = a[k]
    return row[::-1]


@cc.export('complex_window', 'c16(c16[:, :], c16[:, :], i8)')
def complex_window(e, w, i):
    x = e[:, i:i + 3]
    return np.sum(x * np.conj(w))


@cc.export('complex_update', 'c16[:, :, :](c16[:, :, :], c16[:, :], f8, i8)')
def complex_update(wxy, e, mu, n):
    for k in range(wxy.shape[0]):
        for i in range(n):
            x = e[:, i:i + wxy.shape[2]]
            wxy[k] += mu * np.conj(x[0, 0]) * x
    return wxy


@cc.export('small_in_loop', 'f8(f8[:, :])')
def small_in_loop(p):
    total = 0.0
    for i in range(1, p.shape[0]):
        d = p[i] - p[i - 1]
        v = np.array([d[0] * 2.0, d[1] * 3.0])
        z = np.zeros(2)
        z += v
        total += z[0] - z[1]
    return total


@cc.export('displays', 'Tuple(f8[:], i8[:], b1[:], f8[:], f8[:])(f8, i8, f8)')
def displays(x, n, k):
    # One type: stored without a list; mixed: the list path (numpy's dtype).
    return (np.array([x, x * 2.0, -x]), np.array([n, n + 1]), np.array([x > 0.0, n > 0]),
            np.array([n, x]), np.array([k, k]))


@cc.export('strided_sum', 'f8(f8[:, :])')
def strided_sum(a):
    return np.cumsum(a[::2, 1:])[-1]


CASES = {
    'zeros_2d': [(2, 3), (0, 4), (3, 0)],
    'empty_filled': [(5,), (0,)],
    'zeros_shape': [(2, 3, 4), (1, 0, 2), (-1, 2, 2), (2, -3, 1)],
    'view_back': [(np.arange(20.0).reshape(4, 5),), (np.arange(20.0).reshape(4, 5).T,), (np.ones((1, 1)),)],
    'view_of_view': [(np.arange(12.0).reshape(3, 4), 1), (np.arange(12.0).reshape(3, 4), -1), (np.arange(12.0).reshape(3, 4), 3)],
    'complex_window': [(np.arange(20.0).reshape(2, 10) * (1 + 2j), np.full((2, 3), 0.5 - 1j), 2),
                       (np.arange(20.0).reshape(2, 10) * (1 - 1j), np.full((2, 3), 2 + 0j), 7)],
    'complex_update': [(np.zeros((2, 2, 3), dtype=np.complex128), np.arange(20.0).reshape(2, 10) * (1 + 1j), 0.25, 4)],
    'small_in_loop': [(np.arange(40.0).reshape(20, 2) ** 1.5,), (np.ones((1, 2)),)],
    'displays': [(1.5, 3, 7.0), (-0.0, -2, -1.0)],
    'strided_sum': [(np.arange(30.0).reshape(6, 5),), (np.arange(30.0).reshape(5, 6).T,)],
}
