# differential-python: numpy
# An index-array or mask store whose value is an array computed where it
# stands (`rank[sa] = np.arange(n)`, `a[m] = b * 2 + 1`): numpy's setitem of
# the computed array, bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_fancy_computed')


@cc.export('rank_of', 'i4[:](i8[:])')
def rank_of(sa):
    n = sa.size
    rank = np.empty(n, np.int32)
    rank[sa] = np.arange(n)
    return rank


@cc.export('masked', 'f8[:](f8[:], f8[:])')
def masked(a, b):
    out = a.copy()
    out[a > 0.5] = (b * 2.0 + 1.0)[a > 0.5]
    out[np.argsort(a)[:2]] = np.sqrt(b[:2])
    return out


def perm(n, seed):
    return np.random.default_rng(seed).permutation(n).astype(np.int64)


def f64(n, seed):
    return np.random.default_rng(seed).random(n)


@cc.export('fancy_then_index', 'i8(i8[:], i8[:])')
def fancy_then_index(a, idx):
    return a[idx][0]


@cc.export('mask_then_index', 'f8(f8[:], f8)')
def mask_then_index(a, t):
    return a[a > t][0] + a[a > t].sum()


@cc.export('rows_then_index', 'f8(f8[:, :], i8[:])')
def rows_then_index(m, idx):
    r = m[idx][1]
    return r.sum() + m[idx][0, 1] + m[m > 2.0][1:].sum()


CASES = {
    'fancy_then_index': [(np.array([3, 1, 2], dtype=np.int64), np.array([2, 0], dtype=np.int64)),
                         (np.array([3, 1, 2], dtype=np.int64), np.array([], dtype=np.int64)),
                         (np.array([3, 1, 2], dtype=np.int64), np.array([5], dtype=np.int64))],
    'mask_then_index': [(np.arange(5.0), 1.5), (np.arange(5.0), 9.0)],
    'rows_then_index': [(np.arange(9.0).reshape(3, 3), np.array([2, 0], dtype=np.int64)),
                        (np.arange(9.0).reshape(3, 3), np.array([1], dtype=np.int64))],
    'rank_of': [(perm(5, 1),), (perm(1, 2),), (perm(0, 3),), (np.array([5], dtype=np.int64),)],
    'masked': [(f64(6, 1), f64(6, 2)), (f64(2, 3), f64(2, 4)), (f64(1, 3), f64(1, 4))],
}
