# differential-python: numpy
# np.argwhere, and one-argument np.where(m) / np.nonzero(m) of 2-d and 3-d
# arrays: the tuple of index arrays (int64, C order), unpacked, indexed or
# used to index.
import numpy as np
from pycc import CC

cc = CC('numpy_nonzero_prog')


@cc.export('argwhere', 'i8[:, :](f8[:, :])')
def argwhere(m):
    return np.argwhere(m > 0.5)


@cc.export('argwhere_1d', 'i8[:, :](i8[:])')
def argwhere_1d(a):
    return np.argwhere(a)


@cc.export('nonzero_2d', 'i8[:](f8[:, :])')
def nonzero_2d(m):
    # (the index arrays' values; numpy's are strided views of one buffer,
    # pycc's returned arrays are contiguous)
    i, j = np.nonzero(m)
    return np.concatenate((i, j))


@cc.export('where_2d', 'f8(f8[:, :])')
def where_2d(m):
    rows, cols = np.where(m > 0.25)
    s = 0.0
    for k in range(rows.shape[0]):
        s += m[rows[k], cols[k]] * (k + 1)
    return s


@cc.export('where_item', 'i8[:](f8[:, :, :])')
def where_item(t):
    return np.where(t > 0.5)[2] + np.nonzero(t > 0.5)[-3] * 100


CASES = {
    'argwhere': [lambda: (np.random.RandomState(0).rand(4, 3),), lambda: (np.zeros((2, 2)),)],
    'argwhere_1d': [lambda: (np.array([0, 3, 0, 4]),)],
    'nonzero_2d': [lambda: (np.array([[0.0, 1.0], [2.0, 0.0], [np.nan, 0.0]]),), lambda: (np.zeros((0, 3)),)],
    'where_2d': [lambda: (np.random.RandomState(1).rand(5, 4),)],
    'where_item': [lambda: (np.random.RandomState(2).rand(2, 3, 4),)],
}
