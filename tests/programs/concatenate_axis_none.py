# differential-python: numpy
# np.concatenate(arrays, axis=None): numpy flattens each array (in C order)
# and joins them into one 1-d array, of the arrays' promoted dtype; pycc
# once passed no axis at all (numpy's default axis 0) and returned the
# 2-d join (src/sema/npcalls/numpy.rs, concatenate_ndim).
import numpy as np
from pycc import CC

cc = CC('concatenate_axis_none_prog')


@cc.export('keyword_2d', '(f8[:, :],)')
def keyword_2d(a):
    return np.concatenate((a, a * 2.0), axis=None)


@cc.export('positional_3d', '(f8[:, :, :],)')
def positional_3d(a):
    return np.concatenate([a, -a], None)


@cc.export('views', '(f8[:, :],)')
def views(a):
    # A transposed view flattens in C order of its own shape.
    return np.concatenate((a.T, a[::-1, 1:]), axis=None)


@cc.export('mixed_dtypes', '(i8[:, :], f8[:, :])')
def mixed_dtypes(a, b):
    return np.concatenate((a, b), axis=None)


@cc.export('list_variable', '(f8[:, :], i8)')
def list_variable(a, n):
    parts = []
    for i in range(n):
        parts.append(a * float(i))
    return np.concatenate(parts, axis=None)


@cc.export('one_d', '(f8[:],)')
def one_d(a):
    return np.concatenate((a, a[:2]), axis=None).sum()


@cc.export('int_axis_still_joins', '(f8[:, :],)')
def int_axis_still_joins(a):
    return np.concatenate((a, a), axis=1)


M = np.arange(12.0).reshape(3, 4) * 1.5 - 4.0
CASES = {
    'keyword_2d': [(M,), (np.zeros((0, 3)),)],
    'positional_3d': [(np.arange(24.0).reshape(2, 3, 4),)],
    'views': [(M,)],
    'mixed_dtypes': [(np.arange(6).reshape(2, 3), M)],
    'list_variable': [(M, 3), (M, 1)],
    'one_d': [(np.array([3.0, -1.5, 2.0]),)],
    'int_axis_still_joins': [(M,)],
}
