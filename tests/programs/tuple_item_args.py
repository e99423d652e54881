# differential-python: numpy
# An item of a tuple a numpy call makes, as another numpy function's
# argument or display item (`np.var(np.histogram(a)[0])`), and np.abs of a
# bool array (numpy's '?->?' loop), np.copy of a numpy call's array, a
# numpy.linalg function of a call's array, np.sort/np.argsort(axis=None).
import numpy as np
from numba.pycc import CC

cc = CC('tia')


@cc.export('counts_var', 'f8(f8[:])')
def counts_var(a):
    return np.var(np.histogram(a, bins=4)[0])


@cc.export('edges_diag', 'f8[:, :](f8[:])')
def edges_diag(a):
    return np.diag(np.histogram(a, bins=3, range=(-2.0, 2.0))[1])


@cc.export('stacked', 'i8[:, :](i8[:], f8[:])')
def stacked(j, a):
    return np.vstack((j[1:5], np.histogram(a, bins=4)[0]))


@cc.export('count_spread', 'f8(f8[:])')
def count_spread(a):
    return np.std(np.unique(a, return_counts=True)[1]) + np.max(np.unique(a, return_index=True)[1])


@cc.export('eig_sum', 'f8(f8[:])')
def eig_sum(a):
    return np.sum(np.abs(np.linalg.eigh(np.outer(a, a) + np.eye(a.size))[0]))


@cc.export('bool_abs', 'b1[:, :](b1[:, :])')
def bool_abs(m):
    return np.abs(m)


@cc.export('copy_of_call', 'i8[:](b1[:])')
def copy_of_call(m):
    r = np.copy(np.argsort(m, kind="stable"))
    r[0] = -1
    return r


@cc.export('norm_of_call', 'f8(f8[:, :])')
def norm_of_call(m):
    return np.linalg.norm(np.argsort(m, axis=0, kind="stable")) + np.linalg.det(np.argsort(m)[:2, :2] + np.eye(2))


@cc.export('flat_sorts', 'Tuple((f8[:], i8[:]))(f8[:, :])')
def flat_sorts(m):
    return np.sort(m, axis=None), np.argsort(m.T, axis=None, kind="stable")


A = np.array([0.5, -1.5, 1.0, 1.0, 0.25, 3.0, -0.75, 1.0])
CASES = {
    'counts_var': [(A,), (np.zeros(0),), (np.array([np.nan, 1.0]),)],
    'edges_diag': [(A,)],
    'stacked': [(np.arange(6), A), (np.arange(3), A)],
    'count_spread': [(A,), (np.zeros(0),)],
    'eig_sum': [(A[:3],), (np.zeros(0),)],
    'copy_of_call': [(np.array([True, False, True]),)],
    'norm_of_call': [(np.array([[3.0, 1.0, 2.0], [0.5, 4.0, -1.0]]),)],
    'flat_sorts': [(np.array([[3.0, 1.0, 2.0], [0.5, 4.0, -1.0]]),), (np.zeros((0, 2)),)],
    'bool_abs': [(np.array([[True, False], [False, False]]),), (np.zeros((0, 3), dtype=bool),)],
}
