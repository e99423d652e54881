# differential-python: numpy
# A masked store's loop skips the rows of the mask's last axis that have no
# set item (`pycc_mask_next`, runtime_fast.c: 8 bytes at a time where the
# row is contiguous, byte by byte otherwise). Rows longer
# and shorter than a word, set items at word edges and row ends, strided,
# reversed and broadcast masks, mask bytes other than 0 and 1 (numpy: any
# nonzero byte is True), and a mandelbrot loop whose mask thins out all
# store what numpy stores.
import numpy as np
from pycc import CC

cc = CC('masked_skip')


@cc.export('fill', 'i8[:](i8[:], b1[:], i8)')
def fill(t, m, v):
    t[m] = v
    return t


@cc.export('rows', 'f8[:, :](f8[:, :], f8[:, :], b1[:, :])')
def rows(t, x, m):
    t[m] = x[m] * 2.0 - t[m]
    return t


@cc.export('cplx', 'c16[:, :](c16[:, :], c16[:, :], b1[:, :])')
def cplx(z, c, m):
    z[m] = z[m] ** 2 + c[m]
    return z


@cc.export('mandel', 'Tuple(c16[:, :], i8[:, :])(f8, i8, i8)')
def mandel(span, k, maxiter):
    X = np.linspace(-span, span / 2, k)
    Y = np.linspace(-span, span, k + 3)
    C = X + Y[:, None] * 1j
    N = np.zeros(C.shape, dtype=np.int64)
    Z = np.zeros(C.shape, np.complex128)
    for n in range(maxiter):
        I = np.less(np.abs(Z), 2.0)
        N[I] = n
        Z[I] = Z[I] ** 2 + C[I]
    return Z, N


def sparse(n, at):
    m = np.zeros(n, dtype=bool)
    m[list(at)] = True
    return m


def bytes_mask(values):
    return np.array(values, dtype=np.uint8).view(np.bool_)


R = np.arange(40.0).reshape(2, 20)
CASES = {
    'fill': [lambda: (np.zeros(37, dtype=np.int64), sparse(37, [0, 7, 8, 15, 16, 17, 31, 36]), 5),
             lambda: (np.zeros(37, dtype=np.int64), sparse(37, [36]), -1),
             lambda: (np.zeros(37, dtype=np.int64), sparse(37, []), 9),
             lambda: (np.zeros(37, dtype=np.int64), np.ones(37, dtype=bool), 3),
             lambda: (np.zeros(5, dtype=np.int64), sparse(5, [4]), 2),
             lambda: (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool), 1),
             lambda: (np.zeros(12, dtype=np.int64), bytes_mask([0, 2, 0, 0, 0, 0, 0, 0, 0, 255, 0, 1]), 7),
             lambda: (np.zeros(20, dtype=np.int64), sparse(40, [1, 2, 17, 33, 39])[::2], 4),
             lambda: (np.zeros(20, dtype=np.int64), sparse(20, [0, 9, 19])[::-1], 6),
             lambda: (np.zeros(19, dtype=np.int64), np.broadcast_to(np.array([True]), (19,)), 8),
             lambda: (np.zeros(19, dtype=np.int64), np.broadcast_to(np.array([False]), (19,)), 8)],
    'rows': [lambda: (R.copy(), R[::-1].copy(), np.array([sparse(20, [3, 8, 19]), sparse(20, [])])),
             lambda: (R.copy(), R * 0.5, np.ones((2, 20), dtype=bool)),
             lambda: (R.copy(), R + 1.0, np.asfortranarray(np.array([sparse(20, [0, 16]), sparse(20, [7])]))),
             lambda: (R.T.copy(), R.T + 1.0, np.array([sparse(20, [2, 11]), sparse(20, [19])]).T)],
    'cplx': [lambda: (np.full((3, 17), 0.5 + 0.5j), np.full((3, 17), -0.25j),
                      np.array([sparse(17, [0, 8, 16]), sparse(17, []), sparse(17, range(17))]))],
    'mandel': [lambda: (2.0, 23, 30), lambda: (100.0, 40, 12), lambda: (1.0, 9, 3)],
}
