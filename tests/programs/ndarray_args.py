# differential-python: numpy
# Exact ndarray arguments are read from numpy's struct (no buffer view,
# runtime_buffer_fast.c `arg_ndarray`): every dtype the signatures name
# (int64 as numpy's long and long long), views with negative, zero and
# odd strides, empty arrays, contiguous layouts where an axis of extent 1
# has any stride (numpy's rule), and arguments the body stores into.
import numpy as np
from pycc import CC

cc = CC('ndarray_args')


@cc.export('total', 'f8(f8[:, :], i8[:], i4[:], u1[:], b1[:], c8[:])')
def total(a, k, i, u, b, z):
    s = 0.0
    for r in range(a.shape[0]):
        for c in range(a.shape[1]):
            s += a[r, c] * (r + 1) - c
    for x in k:
        s += x
    for x in i:
        s -= x
    for x in u:
        s += 2 * x
    for x in b:
        s += 1.0 if x else 0.5
    for x in z:
        s += x.real - x.imag
    return s


@cc.export('ccopy', 'f8[:](f8[:, ::1], f8[::1])')
def ccopy(a, out):
    n = 0
    for r in range(a.shape[0]):
        for c in range(a.shape[1]):
            if n < out.shape[0]:
                out[n] = a[r, c]
            n += 1
    return out


@cc.export('fcol', 'f8(f8[::1, :])')
def fcol(a):
    return a[0, 0] + a[a.shape[0] - 1, a.shape[1] - 1] + a.shape[0] * 10 + a.shape[1]


@cc.export('scale', 'i8[:](i8[:], i8)')
def scale(a, f):
    for j in range(a.shape[0]):
        a[j] *= f
    return a


A = np.arange(24.0).reshape(4, 6)
CASES = {
    'total': [lambda: (A, np.arange(5), np.arange(3, dtype=np.int32), np.arange(4, dtype=np.uint8),
                       np.array([True, False]), np.array([1 + 2j, -3j], dtype=np.complex64)),
              lambda: (A[::-1, ::2], np.arange(10, dtype=np.longlong)[::3], np.arange(6, dtype=np.int32)[::-2],
                       np.zeros(0, dtype=np.uint8), np.array([True, True, False])[1:], np.zeros(3, dtype=np.complex64)[::2]),
              lambda: (np.broadcast_to(np.arange(3.0), (2, 3)), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32),
                       np.arange(3, dtype=np.uint8), np.zeros(0, dtype=bool), np.zeros(0, dtype=np.complex64)),
              lambda: (np.zeros((0, 3)), np.arange(2), np.arange(2, dtype=np.int32), np.arange(2, dtype=np.uint8),
                       np.ones(1, dtype=bool), np.ones(1, dtype=np.complex64))],
    'ccopy': [lambda: (A.copy(), np.zeros(30)),
              lambda: (A[1:2, :], np.zeros(4)),
              lambda: (A[:, 2:3].reshape(4, 1)[1:2], np.zeros(2)),
              lambda: (np.zeros((0, 5)), np.zeros(1))],
    'fcol': [lambda: (np.asfortranarray(A),), lambda: (np.asfortranarray(A)[:, 1:4],), lambda: (A[2:3, :1],)],
    'scale': [lambda: (np.arange(6),), lambda: (np.arange(12)[::-2],), lambda: (np.arange(8).reshape(2, 4)[1],)],
}
