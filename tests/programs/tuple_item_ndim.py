# differential-python: numpy
# An item of a tuple a numpy call makes (np.histogram, np.tril_indices
# and kin, np.nonzero/np.where of one array, np.unique with a return_
# flag of a 1-d array) is a 1-d array where an array of known ndim must
# be: np.flip, np.where(item > 0), arithmetic, another tuple call; so are
# np.unravel_index's items (the indices' shape), an item of numpy.linalg's
# qr/eigh/svd of a matrix, and np.argsort(a) (a's ndim; 1-d with
# axis=None, as np.sort's).
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


@cc.export('flip_argsort', 'i8[:](i8[:, :])')
def flip_argsort(m):
    return np.flip(np.argsort(np.transpose(m), axis=0, kind="stable"), axis=1)[0]


@cc.export('flat_sorts', 'Tuple((f8[:], i8[:]))(f8[:, :])')
def flat_sorts(m):
    return np.flip(np.sort(m, axis=None)), np.flip(np.argsort(m, axis=None, kind="stable"))


@cc.export('qr_flip', 'f8[:, :](f8[:, :])')
def qr_flip(m):
    return np.fliplr(np.linalg.qr(np.eye(3) + m[:3, :3])[0])


@cc.export('eig_parts', 'f8(f8[:, :])')
def eig_parts(m):
    s = m[:3, :3] + m[:3, :3].T
    return np.sum(np.flip(np.linalg.eigh(s)[0])) + np.sum(np.flipud(np.linalg.svd(s)[1])) + np.trace(np.linalg.eigh(s)[-1] ** 2)


@cc.export('unravel_flip', 'i8[:](i4[:])')
def unravel_flip(ia):
    return np.flip(np.unravel_index(np.abs(ia), (3, 4))[0]) * 10 + np.unravel_index(np.abs(ia), (3, 4))[-1]


@cc.export('later_operand', 'b1(f8[:], i8)')
def later_operand(a, k):
    return k > 0 and np.argsort(a)[0] == 0


@cc.export('arms', 'i8(f8[:], i8)')
def arms(a, k):
    return 1 + (np.argsort(a)[0] if k > 0 else np.argsort(a)[::-1][0])


@cc.export('while_test', 'i8(f8[:], i8)')
def while_test(a, k):
    while np.argsort(a)[k] > 0:
        k += 1
    return k



@cc.export('grid_flip', 'f8[:, :](f8[:], f8[:])')
def grid_flip(x, y):
    return np.flipud(np.meshgrid(x, y)[0]) + np.meshgrid(x, y, indexing='ij')[-1].T.sum()

A = np.array([0.5, -1.5, 1.0, 1.0, 0.25, 3.0, -0.75, 1.0])
M = np.array([[3.0, -1.0, 2.0], [0.5, 4.0, -1.0]])
V = np.array([3, 1, 3, 2, 1, 3], dtype=np.int32)
S = np.array([[3.0, 1.0, 2.0, 0.0], [0.5, 4.0, -1.0, 1.0], [2.0, 2.0, 5.0, -3.0]])
CASES = {
    'grid_flip': [(np.array([1.0, 2.0, 3.0]), np.array([0.5, -1.0])), (np.zeros(0), np.array([1.0]))],
    'later_operand': [(np.zeros(0), 0), (np.array([1.0, 0.0]), 1), (np.array([0.0, 1.0]), 1)],
    'unravel_flip': [(np.array([0, -5, 11, 7], dtype=np.int32),), (np.array([12], dtype=np.int32),)],
    'arms': [(np.array([3.0, 1.0, 2.0]), 1), (np.array([3.0, 1.0, 2.0]), 0), (np.zeros(0), 1)],
    'while_test': [(np.array([3.0, 1.0, 2.0, 0.0]), 0), (np.array([1.0, 2.0]), 1)],
    'flip_argsort': [(np.array([[3, 1, 2], [0, 4, -1]]),)],
    'flat_sorts': [(M,), (np.zeros((0, 2)),)],
    'qr_flip': [(S,)],
    'eig_parts': [(S,)],
    'flip_tril': [(3,), (1,), (0,)],
    'flip_counts': [(A,), (np.zeros(0),)],
    'where_edges': [(A,), (A + 5.0,)],
    'edges_scaled': [(A,), (A[:1],)],
    'nonzero_cols': [(M,), (-M,)],
    'count_flags': [(V,), (np.zeros(0, dtype=np.int32),)],
    'unique_item': [(np.array([4, 1, 4, 9]),)],
}
