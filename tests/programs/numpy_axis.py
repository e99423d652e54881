# differential-python: numpy
# Reductions with an axis (numpy's values, dtypes and AxisError, computed by
# numpy itself), cumulative sums, and array-valued expressions used as
# values: a method, an index or a slice of an expression's or a call's
# result; compared with numpy itself, bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_axis_prog')


@cc.export('sum_axis', '(f8[:, :], i8, i8)')
def sum_axis(a, axis, k):
    if k == 0:
        return np.sum(a, axis)
    if k == 1:
        return np.prod(a, axis=axis)
    if k == 2:
        return np.min(a, axis=axis)
    if k == 3:
        return np.max(a, axis)
    if k == 4:
        return np.mean(a, axis=axis)
    if k == 5:
        return np.var(a, axis=axis)
    if k == 6:
        return np.std(a, axis, ddof=1)
    return np.amax(a, axis=axis)


@cc.export('methods_axis', '(f8[:, :], i8, i8)')
def methods_axis(a, axis, k):
    if k == 0:
        return a.sum(axis=axis)
    if k == 1:
        return a.prod(axis)
    if k == 2:
        return a.min(axis=axis)
    if k == 3:
        return a.max(axis=axis)
    if k == 4:
        return a.mean(axis=axis)
    if k == 5:
        return a.var(axis=axis, ddof=1)
    return a[::-1].std(axis=axis)


@cc.export('arg_axis', '(f8[:, :, :], i8, i8)')
def arg_axis(a, axis, k):
    if k == 0:
        return np.argmin(a, axis=axis)
    if k == 1:
        return a.argmax(axis)
    return np.argmin(a[::-1], axis)


@cc.export('any_all', '(f8[:, :, :], i8, i8)')
def any_all(a, axis, k):
    if k == 0:
        return np.any(a > 0.5, axis=axis)
    return (a > 0.1).all(axis=axis)


@cc.export('int_axis', '(i4[:, :], i8, i8)')
def int_axis(a, axis, k):
    if k == 0:
        return np.sum(a, axis)
    if k == 1:
        return a.prod(axis=axis)
    return np.cumsum(a, axis)[0]


@cc.export('int_max', '(i4[:, :], i8)')
def int_max(a, axis):
    return np.max(a, axis)


@cc.export('int_mean', '(i4[:, :], i8)')
def int_mean(a, axis):
    return np.mean(a, axis)


@cc.export('u1_sum', '(u1[:, :], i8)')
def u1_sum(a, axis):
    return np.sum(a, axis=axis)


@cc.export('keep', '(f8[:, :], i8, b1)')
def keep(a, axis, which):
    if which:
        return np.sum(a, axis=axis, keepdims=True)
    return a.max(axis, keepdims=True)


@cc.export('keep_false', '(f8[:, :], i8)')
def keep_false(a, axis):
    return a.max(axis, keepdims=False)


@cc.export('keep_all', '(f8[:, :],)')
def keep_all(a):
    return a.mean(keepdims=True)


@cc.export('to_number', '(f8[:], i8)')
def to_number(a, axis):
    return np.sum(a, axis) + a.var(ddof=1) + np.argmax(a) + a.argmin(axis=axis)


@cc.export('scalars', '(f8[:, :],)')
def scalars(a):
    return a.std(), np.var(a), np.argmin(a), a.argmax(), np.any(a), (a > 3.0).all(), a.sum(axis=None)


@cc.export('cumulative', '(f8[:, :], i8)')
def cumulative(a, k):
    if k == 0:
        return np.cumsum(a, 1)
    if k == 1:
        return np.cumsum(a, axis=0)
    if k == 2:
        return a.cumprod(1)
    return np.cumprod(a, -1)


@cc.export('flat_cumsum', '(f8[:, :],)')
def flat_cumsum(a):
    return np.cumsum(a[:, ::-1])


@cc.export('flat_cumprod', '(f8[:, :],)')
def flat_cumprod(a):
    return a.cumprod()


@cc.export('reverse_cumsum', '(f8[:],)')
def reverse_cumsum(x):
    return np.cumsum(x[::-1])[::-1]


@cc.export('expr_methods', '(f8[:], f8[:])')
def expr_methods(a, b):
    return np.log(a).sum(), (a - b).max(), ((a * b) ** 2).mean(), np.sqrt(a).argmax(), (a < b).any()


@cc.export('expr_slices', '(f8[:, :],)')
def expr_slices(x):
    m, n = x.shape
    dx = (x[1:, :] - x[:m - 1, :])[:, 1:]
    dy = (x[:, 1:] - x[:, :n - 1])[1:, :]
    return dx * dy - 0.05 * (dx + dy)


@cc.export('expr_index', '(f8[:, :], i8)')
def expr_index(x, i):
    return (x * 2.0)[i, 0] + np.sum(x, 0)[i] + (x + 1.0)[i].sum()


def rowsums(a):
    return a.sum(axis=1)


@cc.export('passed', '(f8[:, :],)')
def passed(a):
    r = rowsums(a * a)
    return r.cumsum()[-1]


@cc.export('sum_of_rows', '(f8[:, :],)')
def sum_of_rows(a):
    out = np.zeros((a.shape[0], a.shape[1]))
    for row in range(a.shape[0]):
        out[row, :] = np.sum(a - a[row, :], 0)
    return out


@cc.export('wdist', '(f8[:, :], f8[:, :], f8[:, :])')
def wdist(A, B, W):
    k, m = A.shape
    n = B.shape[1]
    D = np.zeros((m, n))
    for ii in range(m):
        for jj in range(n):
            wdiff = (A[:, ii] - B[:, jj]) / W[:, ii]
            D[ii, jj] = np.sqrt((wdiff ** 2).sum())
    return D


@cc.export('empty_axis', '(f8[:, :], i8)')
def empty_axis(a, axis):
    return np.max(a, axis)


def M():
    return np.array([[0.5, -1.25, 3.0, 2.0], [1e300, 0.125, -0.0, 7.5], [0.3, 0.3, -2.0, 1.0]])


def R():
    return np.random.RandomState(3).rand(3, 4, 5)


CASES = {
    'sum_axis': [(lambda k=k, ax=ax: (M(), ax, k)) for k in range(8) for ax in (0, 1, -1, -2, 2, -3)]
    + [lambda: (M()[::-1, ::2], 0, 0), lambda: (np.asfortranarray(M()), 1, 4)],
    'methods_axis': [(lambda k=k, ax=ax: (M(), ax, k)) for k in range(7) for ax in (0, 1, -1, 2)],
    'arg_axis': [(lambda k=k, ax=ax: (R(), ax, k)) for k in range(3) for ax in (0, 1, 2, -1, -3, 3)],
    'any_all': [(lambda k=k, ax=ax: (R(), ax, k)) for k in range(2) for ax in (0, 1, 2, -1, -3, 3)],
    'int_axis': [(lambda k=k, ax=ax: (np.array([[1, -2, 2**31 - 1], [7, 5, 2**31 - 1]], np.int32), ax, k)) for k in range(3) for ax in (0, 1, -1, 5)],
    'int_max': [(lambda ax=ax: (np.array([[1, -2, 2**31 - 1], [7, 5, 2**31 - 1]], np.int32), ax)) for ax in (0, 1, -3)],
    'int_mean': [(lambda ax=ax: (np.array([[1, -2, 2**31 - 1], [7, 5, 2**31 - 1]], np.int32), ax)) for ax in (0, 1, -3)],
    'u1_sum': [lambda: (np.array([[255, 1], [255, 3]], np.uint8), 0), lambda: (np.array([[255, 1], [255, 3]], np.uint8), 1)],
    'keep': [(lambda ax=ax, w=w: (M(), ax, w)) for ax in (0, 1, -1, 2) for w in (True, False)],
    'keep_all': [lambda: (M(),)],
    'keep_false': [(lambda ax=ax: (M(), ax)) for ax in (0, 1, -1, 2)],
    'flat_cumsum': [lambda: (M(),), lambda: (np.zeros((0, 2)),)],
    'flat_cumprod': [lambda: (M(),)],
    'to_number': [lambda: (np.array([0.5, 3.0, -1.0, 2.0]), 0), lambda: (np.array([0.5, 3.0]), -1), lambda: (np.array([0.5, 3.0]), 1)],
    'scalars': [lambda: (M(),), lambda: (np.zeros((2, 0)),)],
    'cumulative': [(lambda k=k: (M(), k)) for k in range(4)] + [lambda: (np.zeros((0, 3)), 1)],
    'reverse_cumsum': [lambda: (np.random.RandomState(0).rand(1001),), lambda: (np.zeros(0),)],
    'expr_methods': [lambda: (np.array([0.5, 3.0, 1.0]), np.array([1.0, -2.0, 4.0])), lambda: (np.ones(3), np.ones(4))],
    'expr_slices': [lambda: (np.random.RandomState(1).randn(6, 5),), lambda: (np.ones((1, 3)),)],
    'expr_index': [lambda: (M(), 1), lambda: (M(), -1), lambda: (M(), 3), lambda: (M(), 4)],
    'passed': [lambda: (M(),)],
    'sum_of_rows': [lambda: (np.random.RandomState(2).rand(7, 5),)],
    'wdist': [lambda: (np.random.RandomState(4).rand(6, 5), np.random.RandomState(5).rand(6, 4), np.random.RandomState(6).rand(6, 5))],
    'empty_axis': [lambda: (np.zeros((0, 3)), 0), lambda: (np.zeros((0, 3)), 1)],
}
