# differential-python: numpy
# Boolean-mask and integer-array (fancy) indexing, read and write, and
# `a[mask] += x`: numpy's own __getitem__/__setitem__ (its casting, its
# IndexError for a mask of the wrong shape or an index out of bounds);
# compared with numpy itself, bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_masks_prog')


@cc.export('read_mask', '(f8[:], f8)')
def read_mask(a, t):
    return a[a > t]


@cc.export('read_mask2', '(f8[:, :], b1[:, :])')
def read_mask2(a, m):
    return a[m]


@cc.export('read_rows', '(f8[:, :], b1[:])')
def read_rows(a, m):
    return a[m]


@cc.export('read_idx', '(f8[:], i8[:])')
def read_idx(a, idx):
    return a[idx]


@cc.export('read_idx2', '(i4[:, :], i4[:])')
def read_idx2(a, idx):
    return a[idx] * 2


@cc.export('write_scalar', '(f8[:, :], f8, f8)')
def write_scalar(a, t, v):
    a[a > t] = v
    a[(a < 0.0) | (a == t)] = 0
    return a


@cc.export('write_array', '(f8[:, :], f8)')
def write_array(d, L):
    d[d > L / 2] = d[d > L / 2] - L
    d[d < -L / 2] = d[d < -L / 2] + L
    return d


@cc.export('write_idx', '(f8[:], i8[:], f8)')
def write_idx(a, idx, v):
    a[idx] = v
    return a


@cc.export('write_int', '(i8[:], f8)')
def write_int(a, v):
    a[a > 2] = v
    return a


@cc.export('aug', '(f8[:], f8, i8)')
def aug(a, v, k):
    if k == 0:
        a[a > 0.5] += v
    elif k == 1:
        a[a > 0.5] -= v
    elif k == 2:
        a[a < 0.5] *= v
    else:
        a[a >= 0.5] /= v
    return a


@cc.export('aug_idx', '(f8[:], i8[:])')
def aug_idx(a, idx):
    a[idx] += 1.0
    return a


@cc.export('mask_of_view', '(f8[:, :],)')
def mask_of_view(a):
    v = a[1:, ::2]
    v[v > 3.0] = -1.0
    return a


def R(n=7):
    return np.random.RandomState(0).rand(n) * 4 - 2



@cc.export('ufunc_masks', 'f8(f8[:])')
def ufunc_masks(a):
    b = a.copy()
    b[np.isnan(b)] = -1.0
    b[np.logical_and(b > 0.0, b < 3.0)] += 10.0
    s = b[np.isfinite(a)].sum() + b[~np.isinf(a)].shape[0]
    b[np.signbit(b)] *= 2.0
    return s + b.sum()

CASES = {
    'read_mask': [lambda: (R(), 0.0), lambda: (R(), 9.0), lambda: (np.zeros(0), 0.0)],
    'read_mask2': [lambda: (np.arange(6.0).reshape(2, 3), np.arange(6).reshape(2, 3) % 2 == 0), lambda: (np.ones((2, 3)), np.ones((3, 3), bool))],
    'read_rows': [lambda: (np.arange(6.0).reshape(3, 2), np.array([True, False, True])), lambda: (np.ones((3, 2)), np.ones(2, bool))],
    'read_idx': [lambda: (R(), np.array([0, -1, 3, 3])), lambda: (R(), np.array([7])), lambda: (R(), np.array([-8])), lambda: (R(), np.zeros(0, np.int64))],
    'read_idx2': [lambda: (np.arange(12, dtype=np.int32).reshape(4, 3), np.array([3, 0], np.int32))],
    'write_scalar': [lambda: (np.arange(-3.0, 3.0).reshape(2, 3), 1.0, 9.5)],
    'write_array': [lambda: (np.linspace(-4, 4, 12).reshape(3, 4), 4.0)],
    'write_idx': [lambda: (R(), np.array([1, -1]), 5.0), lambda: (R(), np.array([10]), 5.0)],
    'write_int': [lambda: (np.arange(6), 7.9), lambda: (np.arange(6), -1e30)],
    'aug': [(lambda k=k: (R(), 1.5, k)) for k in range(4)],
    'aug_idx': [lambda: (R(), np.array([0, 0, 2])), lambda: (R(), np.array([9]))],
    'mask_of_view': [lambda: (np.arange(12.0).reshape(3, 4),)],
    'ufunc_masks': [lambda: (np.array([1.0, np.nan, -0.0, 2.5, np.inf, -np.inf, 4.0]),), lambda: (np.zeros(0),)],
}
