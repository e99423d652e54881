# differential-python: numpy
# numpy.linalg's pinv, eigvalsh, matrix_rank, cholesky, matrix_power and
# the tuples of eigh, qr, svd, lstsq (unpacked), and np.roots (real
# roots): numpy computes them (numpy's LinAlgError for bad input).
import numpy as np
from pycc import CC
from numpy.linalg import eigvalsh as evh

cc = CC('numpy_linalg_more')


@cc.export('pinv', 'f8[:, :](f8[:, :])')
def pinv(a):
    return np.linalg.pinv(a)


@cc.export('eigvalsh', 'f8[:](f8[:, :])')
def eigvalsh(a):
    return np.linalg.eigvalsh(a)


@cc.export('eigvalsh_imported', 'f8(f8[:, :])')
def eigvalsh_imported(a):
    w = evh(a)
    return np.max(w) - np.min(w)


@cc.export('eigvalsh_f4', 'f4[:](f4[:, :])')
def eigvalsh_f4(a):
    return np.linalg.eigvalsh(a)


@cc.export('rank', 'i8(f8[:, :])')
def rank(a):
    return np.linalg.matrix_rank(a)


@cc.export('rank_plus', 'i8(f8[:, :])')
def rank_plus(a):
    return np.linalg.matrix_rank(a) + 1


@cc.export('cholesky', 'f8[:, :](f8[:, :])')
def cholesky(a):
    return np.linalg.cholesky(a)


@cc.export('mpow', 'f8[:, :](f8[:, :], i8)')
def mpow(a, n):
    return np.linalg.matrix_power(a, n)


@cc.export('mpow_int', 'i8[:, :](i8[:, :])')
def mpow_int(a):
    return np.linalg.matrix_power(a, 3)


@cc.export('eigh_w', 'f8[:](f8[:, :])')
def eigh_w(a):
    w, v = np.linalg.eigh(a)
    return w


@cc.export('eigh_v', 'f8[:, :](f8[:, :])')
def eigh_v(a):
    w, v = np.linalg.eigh(a)
    return v * w[0]


@cc.export('qr_q', 'f8[:, :](f8[:, :])')
def qr_q(a):
    q, r = np.linalg.qr(a)
    return q


@cc.export('qr_r', 'f8[:, :](f8[:, :])')
def qr_r(a):
    q, r = np.linalg.qr(a)
    return r


@cc.export('svd_s', 'f8[:](f8[:, :])')
def svd_s(a):
    u, s, vt = np.linalg.svd(a)
    return s


@cc.export('svd_u', 'f8[:, :](f8[:, :])')
def svd_u(a):
    u, s, vt = np.linalg.svd(a, full_matrices=False)
    return u


@cc.export('svd_vt', 'f8[:, :](f8[:, :])')
def svd_vt(a):
    u, s, vt = np.linalg.svd(a)
    return vt


@cc.export('lstsq_x', 'f8[:](f8[:, :], f8[:])')
def lstsq_x(a, b):
    x, res, k, s = np.linalg.lstsq(a, b)
    return x


@cc.export('lstsq_res', 'f8[:](f8[:, :], f8[:])')
def lstsq_res(a, b):
    x, res, k, s = np.linalg.lstsq(a, b, rcond=None)
    return res


@cc.export('lstsq_rank', 'i8(f8[:, :], f8[:])')
def lstsq_rank(a, b):
    x, res, k, s = np.linalg.lstsq(a, b, rcond=1e-3)
    return k


@cc.export('lstsq_s', 'f8[:](f8[:, :], f8[:, :])')
def lstsq_s(a, b):
    x, res, k, s = np.linalg.lstsq(a, b)
    return s


@cc.export('roots', 'f8[:](f8[:])')
def roots(p):
    return np.roots(p)


@cc.export('roots_f4', 'f4[:](f4[:])')
def roots_f4(p):
    return np.roots(p)


@cc.export('roots_int', 'f8[:](i8[:])')
def roots_int(p):
    return np.roots(p)


@cc.export('roots_filtered', 'f8(f8, f8)')
def roots_filtered(alpha, q):
    root = np.roots(np.array([1, alpha ** 2 - q, -(alpha ** 2)]))
    root = root[(root >= 0.0) & (root < 1.0)]
    return root[0]


S = np.array([[4.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 2.0]])
R = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.5]])
SING = np.array([[1.0, 2.0], [2.0, 4.0]])

CASES = {
    'pinv': [(S,), (R,), (SING,)],
    'eigvalsh': [(S,), (SING,), (R,)],
    'eigvalsh_imported': [(S,)],
    'eigvalsh_f4': [(S.astype(np.float32),)],
    'rank': [(S,), (SING,), (R,), (np.zeros((2, 2)),)],
    'rank_plus': [(S,)],
    'cholesky': [(S,), (SING,), (-S,)],
    'mpow': [(S, 0), (S, 3), (S, -2), (SING, -1), (R, 2)],
    'mpow_int': [(np.array([[1, 2], [3, 4]]),)],
    'eigh_w': [(S,), (R,)],
    'eigh_v': [(S,)],
    'qr_q': [(S,), (R,)],
    'qr_r': [(S,), (R,)],
    'svd_s': [(S,), (R,)],
    'svd_u': [(R,)],
    'svd_vt': [(R,), (S,)],
    'lstsq_x': [(R, np.array([1.0, 2.0, 3.5])), (R, np.array([1.0, 2.0]))],
    'lstsq_res': [(R, np.array([1.0, 2.0, 3.5])), (S, np.array([1.0, 2.0, 3.0]))],
    'lstsq_rank': [(R, np.array([1.0, 2.0, 3.5])), (SING, np.array([1.0, 1.0]))],
    'lstsq_s': [(R, np.ones((3, 2)))],
    'roots': [(np.array([1.0, -3.0, 2.0]),), (np.array([2.0, 0.0, -8.0, 0.0]),)],
    'roots_f4': [(np.array([1.0, -3.0, 2.0], dtype=np.float32),)],
    'roots_int': [(np.array([1, -5, 6]),), (np.array([0, 0, 1, -1]),)],
    'roots_filtered': [(0.3, 0.2), (0.5, 0.1)],
}
