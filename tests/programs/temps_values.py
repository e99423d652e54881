# differential-python: numpy
# Array temporaries used as values (issue 17): an array made by a numpy
# call, an array method or an elementwise expression, indexed, sliced,
# fancy-indexed, with a method or an attribute taken, or as an operand;
# 1-d and 2-d; the order of printed side effects. numpy is the oracle.
import numpy as np
from pycc import CC

cc = CC('temps_values')


@cc.export('argsort_desc', 'f8[:](f8[:])')
def argsort_desc(a):
    return a[np.argsort(a)[::-1]]


@cc.export('argsort_rev', 'i8[:](f8[:])')
def argsort_rev(a):
    return np.argsort(a)[::-1]


@cc.export('argsort_top', 'f8[:](f8[:])')
def argsort_top(a):
    return a[np.argsort(a)[:3]] + a[a.argsort()[::-1]][:3]


@cc.export('argsort_first', 'i8(f8[:])')
def argsort_first(a):
    return np.argsort(a)[0] + np.argsort(-a)[-1]


@cc.export('argsort_fancy', 'f8[:](f8[:])')
def argsort_fancy(a):
    return a[np.argsort(a)] - (a * 2)[np.argsort(a)]


@cc.export('argsort_float', 'f8[:](f8[:])')
def argsort_float(a):
    return np.argsort(a)[::-1] * 1.0 + np.argsort(a).astype(np.float64)


@cc.export('copy_ops', 'f8[:](f8[:])')
def copy_ops(a):
    return a.copy() * 2.0 + a.copy() - (-a.copy())


@cc.export('copy_index', 'f8(f8[:])')
def copy_index(a):
    return a.copy()[0] + a.copy().sum() + a.copy().reshape(3, 4)[1].sum()


@cc.export('centered_std', 'f8(f8[:])')
def centered_std(a):
    return (a - a.mean()).std() + (a - a.mean()).var()


@cc.export('softmax', 'f8[:](f8[:])')
def softmax(a):
    return np.exp(a - a.max()) / np.exp(a - a.max()).sum()


@cc.export('normalize', 'f8[:](f8[:])')
def normalize(a):
    return (a - a.min())[np.argsort(a)[::-1]] / a.max()


@cc.export('arange_parts', 'i8(i8)')
def arange_parts(n):
    return np.arange(n)[::2].sum() + np.arange(n)[::-1][2] + len(np.arange(n)[1:])


@cc.export('sorted_element', 'f8(f8[:])')
def sorted_element(a):
    m = np.sort(a)
    return m[::-1][0] * np.sort(a)[::-1][0] + a[1:][2]


@cc.export('shape_of_call', 'i8(i8)')
def shape_of_call(n):
    return np.zeros((n, 3)).shape[0] + np.arange(n).size + np.ones((n, 2)).shape[1]


@cc.export('diff_max', 'f8(f8[:], f8[:])')
def diff_max(a, b):
    x = np.abs(a - b).max()
    y = (a - b)[1:]
    return x + y[0] + np.cumsum(a)[-1] + np.sort(a)[3]


@cc.export('reshape_t', 'f8[:, :](f8[:])')
def reshape_t(a):
    return a.reshape(3, 4).T + a.reshape(3, 4).T.copy()


@cc.export('zeros_sum', 'f8(i8)')
def zeros_sum(n):
    return np.zeros(n).sum() + np.ones(n).cumsum()[-1]


@cc.export('axis_sums', 'f8[:](f8[:, :], f8[:, :])')
def axis_sums(A, B):
    return (A * B).sum(axis=0) + A.sum(axis=1)[::-1] + A.T.sum(axis=1)


@cc.export('linalg_temps', 'f8[:](f8[:, :], f8[:])')
def linalg_temps(A, x):
    return np.linalg.inv(A) @ x + np.dot(A, x)[1] + np.linalg.solve(A, x)[::-1]


@cc.export('matmul_temps', 'f8[:, :](f8[:, :])')
def matmul_temps(A):
    return (A @ A).T + (A.T @ A)[::-1] + np.linalg.inv(A)[0, 0]


@cc.export('where_mean', 'f8(f8[:], f8[:])')
def where_mean(a, b):
    return np.where(a > b, a, b).mean() + np.where(a > 0.5, a, b)[::2].sum()


@cc.export('fancy_copy', 'f8[:](f8[:], i8[:])')
def fancy_copy(a, idx):
    return a[idx].copy() + a[a > 0.5].copy().sum()


@cc.export('rows_2d', 'f8[:](f8[:, :], i8)')
def rows_2d(A, k):
    return A[k].copy() + (A + 1.0)[1] + np.transpose(A)[0] + A.T.copy()[0]


@cc.export('element_2d', 'f8(f8[:, :])')
def element_2d(A):
    return (A + 1.0)[1, 2] + A.T[0, 1] + A.flatten()[4] + np.mean(A, axis=0)[0] + A.max(axis=0)[1]


@cc.export('unique_len', 'i8(f8[:])')
def unique_len(a):
    return len(np.unique(a)) + len(np.sort(a)[1:])


@cc.export('for_over_temps', 'f8(f8[:])')
def for_over_temps(a):
    s = 0.0
    for x in np.sort(a)[::-1]:
        s = s * 0.5 + x
    for x in a.copy():
        s = s * 0.5 + x
    return s


@cc.export('in_if', 'f8(f8[:], f8[:])')
def in_if(a, b):
    if np.sort(a)[::-1][0] > np.abs(a - b).max():
        return 1.0
    return np.argsort(b)[0] * 1.0


@cc.export('first_operand', 'b1(f8[:], i8)')
def first_operand(a, k):
    return np.argsort(a)[0] == k or k > 3


@cc.export('augassign_temp', 'f8[:](f8[:])')
def augassign_temp(a):
    out = np.zeros_like(a)
    out += np.argsort(a)[::-1]
    out[:] += a.copy()[::-1]
    return out


def show(a, k):
    print('show', k)
    return a * k


@cc.export('order', 'f8[:](f8[:])')
def order(a):
    return show(a, 1.0)[np.argsort(show(a, 2.0))] + np.sort(show(a, 3.0))[::-1]


@cc.export('reshape_error', 'f8(f8[:], i8)')
def reshape_error(a, n):
    return a.reshape(n, 4)[0, 0]


@cc.export('int_temps', 'i8[:](i8[:])')
def int_temps(v):
    return np.sort(v)[::-1] + np.argsort(v)[v[0] % 3] + (v * 2)[1:][0]


@cc.export('tuple_of_temps', 'UniTuple(f8, 2)(f8[:])')
def tuple_of_temps(a):
    return np.sort(a)[0], np.argsort(a)[::-1][0] * 1.0


VEC = np.array([0.7, 0.1, 1.2, 0.4, 0.9, 0.3, 1.1, 0.2, 0.8, 0.5, 1.0, 0.6])
VEC2 = np.array([1.5, -0.2, 0.3, 0.9, 2.0, 0.1, -1.0, 0.4, 0.8, 0.0, 0.7, 1.1])
MAT = np.array([[2.0, 0.5, 0.1], [0.3, 3.0, 0.2], [0.4, 0.6, 4.0]])
MAT2 = np.array([[1.0, -2.0, 0.5], [0.25, 1.5, -0.5], [2.0, 0.0, 1.0]])

CASES = {
    'argsort_desc': [(VEC,), (VEC2,)],
    'argsort_rev': [(VEC,), (VEC2,)],
    'argsort_top': [(VEC,), (VEC2,)],
    'argsort_first': [(VEC,), (VEC2,)],
    'argsort_fancy': [(VEC,), (VEC2,)],
    'argsort_float': [(VEC,)],
    'copy_ops': [(VEC,), (VEC2,)],
    'copy_index': [(VEC,), (VEC2,)],
    'centered_std': [(VEC,), (VEC2,)],
    'softmax': [(VEC,), (VEC2,)],
    'normalize': [(VEC,)],
    'arange_parts': [(4,), (7,), (10,)],
    'sorted_element': [(VEC,), (VEC2,)],
    'shape_of_call': [(1,), (5,)],
    'diff_max': [(VEC, VEC2), (VEC2, VEC)],
    'reshape_t': [(VEC,), (VEC2,)],
    'zeros_sum': [(0,), (3,), (8,)],
    'axis_sums': [(MAT, MAT2), (MAT2, MAT)],
    'linalg_temps': [(MAT, np.array([1.0, 2.0, 3.0])), (MAT2, np.array([0.5, -1.0, 2.0]))],
    'matmul_temps': [(MAT,), (MAT2,)],
    'where_mean': [(VEC, VEC2)],
    'fancy_copy': [(VEC, np.array([3, 1, 2])), (VEC2, np.array([0, -1, 11]))],
    'rows_2d': [(MAT, 0), (MAT2, 2), (MAT, -1)],
    'element_2d': [(MAT,), (MAT2,)],
    'unique_len': [(VEC,), (np.array([1.0, 1.0, 2.0, 2.0, 3.0]),)],
    'for_over_temps': [(VEC,), (VEC2,)],
    'in_if': [(VEC, VEC2), (VEC2, VEC)],
    'first_operand': [(VEC, 1), (VEC, 5), (VEC2, 6)],
    'augassign_temp': [(VEC,), (VEC2,)],
    'order': [(VEC,)],
    'reshape_error': [(VEC, 3), (VEC, 4)],
    'int_temps': [(np.array([5, -3, 8, 0, 2]),), (np.array([1, 1, 0]),)],
    'tuple_of_temps': [(VEC,), (VEC2,)],
}
