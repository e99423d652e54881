# differential-python: numpy
# np.fliplr, np.flipud and np.flip(a, axis) as the views numpy returns
# (negative strides: a store through one writes the original), of arrays,
# views and expressions, 1-d to 4-d; and a method of a new array
# (`np.zeros(shape).astype(t)`); compared with numpy.
import numpy as np
from numpy import fliplr
from pycc import CC

cc = CC('numpy_flip_prog')


@cc.export('lr', 'f8[:, :](f8[:, :])')
def lr(a):
    return np.fliplr(a)


@cc.export('ud', 'f8[:, :, :](f8[:, :, :])')
def ud(a):
    return np.flipud(a) * 2.0


@cc.export('whole', 'f8[:, :](f8[:, :])')
def whole(a):
    return np.flip(a) + np.flip(a, axis=None)


@cc.export('axes', 'f8[:, :, :, :](f8[:, :, :, :])')
def axes(a):
    return np.flip(a, 1) + np.flip(a, axis=-1) - np.flip(a, (0, 2))


@cc.export('through', 'f8[:](f8[:])')
def through(a):
    b = a.copy()
    v = np.flip(b)
    v[0] = -1.0
    v[1:3] += 10.0
    return b


@cc.export('serpentine', 'f8[:, :](f8[:, :])')
def serpentine(img):
    out = img.copy()
    for y in range(out.shape[0]):
        out = fliplr(out)
        for x in range(out.shape[1] - 1):
            out[y, x + 1] += 0.5 * out[y, x]
    return out


@cc.export('of_expr', 'f8[:, :](f8[:, :])')
def of_expr(a):
    return np.flipud(np.fliplr(a[1:, :] + 1.0))


@cc.export('new_cast', 'f4[:, :](f8[:, :])')
def new_cast(a):
    p = np.zeros((a.shape[0] + 2, a.shape[1] + 2)).astype(np.float32)
    p[1:-1, 1:-1] = a
    return p + np.ones_like(p).astype(np.float32)


def arr(*shape):
    return np.arange(float(np.prod(shape))).reshape(shape) * 0.5


CASES = {
    'lr': [(arr(3, 4),), (arr(1, 1),), (arr(4, 6)[::2, 1:],)],
    'ud': [(arr(3, 2, 2),)],
    'whole': [(arr(2, 5),)],
    'axes': [(arr(2, 3, 4, 2),)],
    'through': [(arr(5),)],
    'serpentine': [(arr(3, 4),)],
    'of_expr': [(arr(3, 4),)],
    'new_cast': [(arr(2, 3),)],
}
