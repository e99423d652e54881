# differential-python: numpy
# Mixed basic and advanced indexing: an index array, mask or list beside
# ints, slices, None and `...` (`a[m, 1]`, `a[idx, :] = v`, `a[:, idx]`,
# `a[0, :, idx]`), read, write and `op=`: numpy's own __getitem__ and
# __setitem__ with the index tuple, so numpy's result shapes and axis
# order (advanced indices separated by a slice put their axes first),
# its casting and its IndexError; compared with numpy itself, bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_mixed_index_prog')


@cc.export('mask_col', '(f8[:, :], b1[:], i8)')
def mask_col(a, m, j):
    return a[m, j]


@cc.export('rows', '(f8[:, :], i8[:])')
def rows(a, idx):
    return a[idx, :]


@cc.export('cols', '(f8[:, :], i8[:])')
def cols(a, idx):
    return a[:, idx]


@cc.export('cols_step', '(f8[:, :], i8[:], i8)')
def cols_step(a, idx, s):
    return a[1::s, idx] * 2.0


@cc.export('separated', '(f8[:, :, :], i8[:])')
def separated(a, idx):
    # int and index array separated by a slice: the advanced axis goes first
    return a[0, :, idx]


@cc.export('adjacent', '(f8[:, :, :], i8[:])')
def adjacent(a, idx):
    return a[:, 0, idx]


@cc.export('two_arrays', '(f8[:, :, :], i8[:], i8[:])')
def two_arrays(a, i, j):
    return a[i, :, j]


@cc.export('idx2d', '(i4[:, :, :], i8[:, :])')
def idx2d(a, idx):
    return a[1, idx]


@cc.export('with_newaxis', '(f8[:, :], i8[:])')
def with_newaxis(a, idx):
    return a[None, idx, 1:]


@cc.export('with_ellipsis', '(f8[:, :, :], i8[:])')
def with_ellipsis(a, idx):
    return a[..., idx]


@cc.export('list_index', '(f8[:, :],)')
def list_index(a):
    return a[[0, 2], 1:]


@cc.export('list_alone', '(f8[:, :], i8)')
def list_alone(a, i):
    return a[[i, 0, -1]] + a[:, [True, False, True]]


@cc.export('mask_rows_sum', '(f8[:, :], f8)')
def mask_rows_sum(a, t):
    return a[a[:, 0] > t, 1:].sum()


@cc.export('complex_col', '(c16[:, :], i8[:])')
def complex_col(z, idx):
    return z[idx, 0]


@cc.export('chained', '(f8[:, :], i8[:])')
def chained(a, idx):
    s = 0.0
    for k in range(2):
        s += a[idx, k].sum()
    return a[1:][idx - 1, ::-1], s


@cc.export('set_rows', '(f8[:, :], i8[:], f8)')
def set_rows(a, idx, v):
    a[idx, :] = v
    return a


@cc.export('set_cols_array', '(f8[:, :], i8[:], f8[:])')
def set_cols_array(a, idx, v):
    a[:, idx] = v[:, None]
    return a


@cc.export('set_mask_col', '(f8[:, :], f8, f8)')
def set_mask_col(a, t, v):
    a[a[:, 0] > t, 0] = v
    return a


@cc.export('aug_mixed', '(f8[:, :], i8[:], i8)')
def aug_mixed(a, idx, k):
    if k == 0:
        a[idx, 1] += 1.5
    elif k == 1:
        a[idx, :] -= 2.0
    elif k == 2:
        a[1:, idx] *= 3.0
    else:
        a[idx, ::2] /= 4.0
    return a


@cc.export('int_array_write', '(i8[:, :], i8[:], f8)')
def int_array_write(a, idx, v):
    a[idx, 0] = v
    return a


def A(*shape):
    return np.arange(float(np.prod(shape))).reshape(shape) * 0.5 - 1.0


CASES = {
    'mask_col': [lambda: (A(4, 3), np.array([True, False, True, True]), 1),
                 lambda: (A(4, 3), np.array([True, False, True, True]), -1),
                 lambda: (A(4, 3), np.array([True, False, True, True]), 3),
                 lambda: (A(4, 3), np.array([True, False]), 0)],
    'rows': [lambda: (A(4, 3), np.array([3, 0, -1])), lambda: (A(4, 3), np.array([4])),
             lambda: (A(4, 3), np.zeros(0, np.int64))],
    'cols': [lambda: (A(4, 3), np.array([2, 0, 0, 1])), lambda: (A(4, 3), np.array([-4]))],
    'cols_step': [lambda: (A(5, 3), np.array([2, 0]), 2), lambda: (A(5, 3), np.array([1]), 0)],
    'separated': [lambda: (A(2, 3, 4), np.array([3, 1])), lambda: (A(2, 3, 4), np.array([4]))],
    'adjacent': [lambda: (A(2, 3, 4), np.array([3, 1]))],
    'two_arrays': [lambda: (A(2, 3, 4), np.array([1, 0, 1]), np.array([3, 2, 0])),
                   lambda: (A(2, 3, 4), np.array([1, 0]), np.array([3, 2, 0]))],
    'idx2d': [lambda: (np.arange(24, dtype=np.int32).reshape(2, 3, 4), np.array([[0, 2], [1, 1]]))],
    'with_newaxis': [lambda: (A(3, 4), np.array([2, 0]))],
    'with_ellipsis': [lambda: (A(2, 3, 4), np.array([3, 0]))],
    'list_index': [lambda: (A(3, 4),), lambda: (A(2, 4),)],
    'list_alone': [lambda: (A(3, 3), 1), lambda: (A(3, 3), 5)],
    'mask_rows_sum': [lambda: (A(5, 3), 1.0), lambda: (A(5, 3), 100.0)],
    'complex_col': [lambda: ((np.arange(6) + 1j * np.arange(6)).reshape(3, 2), np.array([2, 0]))],
    'chained': [lambda: (A(4, 3), np.array([1, 2])), lambda: (A(4, 3), np.array([0]))],
    'set_rows': [lambda: (A(4, 3), np.array([3, 0]), 9.5), lambda: (A(4, 3), np.array([5]), 9.5)],
    'set_cols_array': [lambda: (A(3, 4), np.array([1, 3]), np.array([7.0, 8.0, 9.0])),
                       lambda: (A(3, 4), np.array([1, 3]), np.array([7.0, 8.0]))],
    'set_mask_col': [lambda: (A(5, 3), 1.0, -7.0)],
    'aug_mixed': [(lambda k=k: (A(4, 4), np.array([0, 2, 2]), k)) for k in range(4)],
    'int_array_write': [lambda: (np.arange(12).reshape(4, 3), np.array([1, 3]), 2.9)],
}
