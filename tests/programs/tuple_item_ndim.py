# differential-python: numpy
# An item of a tuple a numpy call makes (np.histogram, np.tril_indices
# and kin, np.nonzero/np.where of one array, np.unique with a return_
# flag of a 1-d array) is a 1-d array where an array of known ndim must
# be: np.flip, np.where(item > 0), arithmetic, another tuple call.
import numpy as np
from numba.pycc import CC

cc = CC('tuple_item_ndim')


@cc.export('flip_tril', 'i8[:](i8)')
def flip_tril(n):
    return np.flip(np.tril_indices(n)[1])


@cc.export('flip_counts', 'i8[:](f8[:])')
def flip_counts(a):
    return np.flipud(np.histogram(a, bins=5)[0])


@cc.export('where_edges', 'i8[:](f8[:])')
def where_edges(a):
    return np.where(np.histogram(a)[1] > 0)[0]


@cc.export('edges_scaled', 'f8[:](f8[:])')
def edges_scaled(a):
    return np.histogram(a, bins=3)[1][1:] * 2.0 - np.histogram(a, bins=3)[0]


@cc.export('nonzero_cols', 'i8[:](f8[:, :])')
def nonzero_cols(m):
    return np.flip(np.nonzero(m > 0)[1]) + np.triu_indices(2, 1)[0][0]


@cc.export('count_flags', 'i8[:](i4[:])')
def count_flags(v):
    return np.flip(np.unique(v, return_counts=True)[1]) * (np.unique(v, return_index=True)[1] + 1)


@cc.export('unique_item', 'i8(i8[:])')
def unique_item(v):
    return np.unique(v, return_counts=False)[1]


A = np.array([0.5, -1.5, 1.0, 1.0, 0.25, 3.0, -0.75, 1.0])
M = np.array([[3.0, -1.0, 2.0], [0.5, 4.0, -1.0]])
V = np.array([3, 1, 3, 2, 1, 3], dtype=np.int32)
CASES = {
    'flip_tril': [(3,), (1,), (0,)],
    'flip_counts': [(A,), (np.zeros(0),)],
    'where_edges': [(A,), (A + 5.0,)],
    'edges_scaled': [(A,), (A[:1],)],
    'nonzero_cols': [(M,), (-M,)],
    'count_flags': [(V,), (np.zeros(0, dtype=np.int32),)],
    'unique_item': [(np.array([4, 1, 4, 9]),)],
}
