# differential-python: numpy
# Ellipsis indexing: `a[...] = x`, `a[..., 0]`, `a[1, ...]`, `a[..., None]`,
# `a[...] += b`: the Ellipsis stands for the full slices of the axes the
# other indices leave (numpy's views, stores and errors).
import numpy as np
from pycc import CC

cc = CC('numpy_ellipsis_prog')


@cc.export('fill', 'f8[:, :](f8[:, :], f8)')
def fill(a, x):
    a[...] = x
    return a


@cc.export('last_axis', 'f8[:](f8[:, :])')
def last_axis(a):
    return a[..., 0].copy()


@cc.export('first_axis', 'f8[:, :](f8[:, :, :])')
def first_axis(a):
    b = a[1, ...]
    return b * 2.0


@cc.export('middle', 'f8(f8[:, :, :])')
def middle(a):
    return a[0, ..., 1].sum() + a[..., 1, :].sum() * 10.0


@cc.export('newaxis', 'f8[:, :](f8[:])')
def newaxis(a):
    return a[..., None] - a[None, ...]


@cc.export('inplace', 'i8[:](i8[:], i8[:])')
def inplace(a, b):
    a[...] += b
    a[..., 1:] *= 2
    return a


@cc.export('whole', 'f8(f8[:])')
def whole(a):
    v = a[...]
    v[0] = 5.0
    return a[0] + a[...].sum()


CASES = {
    'fill': [lambda: (np.ones((2, 3)), 7.5)],
    'last_axis': [lambda: (np.arange(6.0).reshape(3, 2),)],
    'first_axis': [lambda: (np.arange(24.0).reshape(2, 3, 4),), lambda: (np.arange(12.0).reshape(1, 3, 4),)],
    'middle': [lambda: (np.arange(24.0).reshape(2, 3, 4),)],
    'newaxis': [lambda: (np.arange(3.0),)],
    'inplace': [lambda: (np.arange(4), np.arange(4) * 10), lambda: (np.arange(4), np.arange(3))],
    'whole': [lambda: (np.arange(3.0),)],
}
