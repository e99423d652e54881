# differential-python: numpy
# `for idx in np.ndindex(shape)` (C order, a tuple of ints per step), an
# array indexed with a tuple variable (`a[pos]`, also stored into and
# augmented), `tuple(<generator>)` over tuple variables and zip of them,
# and a parameter whose default is a file-level function (numba's omitted
# argument); compared with numpy and CPython.
import numpy as np
from pycc import CC

cc = CC('numpy_ndindex_prog')


def shift(p, o, n):
    return (p + o) % n


def clamp(p, o, n):
    return min(n - 1, max(0, p + o))


@cc.export('order', 'i8[:](i8, i8, i8)')
def order(a, b, c):
    out = np.zeros(a * b * c + 1, dtype=np.int64)
    k = 0
    for i, j, m in np.ndindex(a, b, c):
        out[k] = 100 * i + 10 * j + m
        k += 1
    out[k] = k
    return out


@cc.export('weighted', 'f8(f8[:, :, :, :])')
def weighted(x):
    s = 0.0
    for pos in np.ndindex(x.shape):
        s += x[pos] * (pos[0] + 2 * pos[1] - pos[3])
    return s


@cc.export('star', 'f8[:, :](f8[:, :])')
def star(x):
    y = np.empty_like(x)
    for pos in np.ndindex(*x.shape):
        if pos[0] == pos[1]:
            continue
        y[pos] = x[pos] * 2.0
        y[pos] += 1.0
    for i in np.ndindex(x.shape[0]):
        y[i[0], i[0]] = -1.0
    return y


@cc.export('rolled', 'f8[:, :, :](f8[:, :, :], i8)')
def rolled(x, off, mode=shift):
    out = np.empty_like(x)
    for pos in np.ndindex(x.shape):
        src = tuple(mode(p, off, n) for p, n in zip(pos, x.shape))
        out[pos] = x[src]
    return out


@cc.export('clamped', 'f8[:, :](f8[:, :], i8)')
def clamped(x, off, how=clamp):
    shape = x.shape
    out = np.zeros(shape)
    for pos in np.ndindex(shape):
        t = tuple(how(p, off, n) for (p, n) in zip(pos, shape))
        out[pos] = x[t]
    return out


@cc.export('squares', 'Tuple(i8, i8, i8)(i8, i8, i8)')
def squares(a, b, c):
    t = (a, b, c)
    return tuple(v * v for v in t)


CASES = {
    'order': [(2, 3, 2), (1, 1, 1), (3, 0, 2)],
    'weighted': [(np.arange(120.0).reshape(5, 4, 3, 2) / 3.0,), (np.ones((1, 2, 1, 2)),)],
    'star': [(np.arange(12.0).reshape(3, 4),), (np.ones((2, 2)),)],
    'rolled': [(np.arange(24.0).reshape(2, 3, 4), 1), (np.arange(24.0).reshape(2, 3, 4), -5)],
    'clamped': [(np.arange(12.0).reshape(3, 4), 1), (np.arange(12.0).reshape(3, 4), -2)],
    'squares': [(1, -2, 3)],
}
