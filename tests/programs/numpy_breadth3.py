# differential-python: numpy
# numpy breadth, part 3 (issue 17): complex128 matrices through numpy's own
# functions (np.dot of 2-d complex arrays, np.trace's complex number,
# np.linalg.inv/solve/eig/eigvals of complex matrices, np.ascontiguousarray),
# np.shape(a) as a.shape, a.shape[i:j] of constant bounds, an item of a
# tuple-returning call indexed directly (np.linalg.svd(m)[1],
# np.linalg.eig(m)[0], np.unique(v, return_counts=True)[1]) and a call
# result as a shape function's argument (np.unique(np.concatenate(...)));
# compared with numpy bit for bit (values,
# dtypes, shapes and errors).
import numpy as np
from pycc import CC

cc = CC('numpy_breadth3_prog')


@cc.export('cdot', '(c16[:, :], c16[:, :])')
def cdot(a, b):
    a, b = np.ascontiguousarray(a), np.ascontiguousarray(b)
    return np.dot(a, b) - np.dot(b, a)


@cc.export('cdot_vec', '(c16[:, :], c16[:])')
def cdot_vec(a, v):
    return np.dot(a, v)


@cc.export('cdot_conj', '(c16[:, :])')
def cdot_conj(a):
    at = np.transpose(np.conjugate(a))
    return np.dot(np.dot(at, a), a) + 0.5 * np.dot(a, at)


@cc.export('ctrace', '(c16[:, :])')
def ctrace(a):
    return np.trace(a)


@cc.export('ctrace_f', '(c8[:, :])')
def ctrace_f(a):
    t = np.trace(a)
    return t.real, t.imag


@cc.export('cinv', '(c16[:, :])')
def cinv(a):
    return np.linalg.inv(a)


@cc.export('csolve', '(c16[:, :], c16[:])')
def csolve(a, b):
    return np.linalg.solve(a, b)


@cc.export('ceig', '(c16[:, :], i8)')
def ceig(a, k):
    w, v = np.linalg.eig(a)
    if k == 0:
        return w.reshape((1, -1))
    return v


@cc.export('ceigvals', '(c16[:, :])')
def ceigvals(a):
    return np.linalg.eigvals(a)


@cc.export('shape_fn', '(f8[:, :, :])')
def shape_fn(a):
    z = np.zeros(np.shape(a), dtype=np.complex128)
    n = np.shape(a)[0] + np.shape(a)[2]
    return z.shape[1] + n


@cc.export('shape_slice', '(f8[:, :, :])')
def shape_slice(c):
    t = np.zeros(np.shape(c)[1:], dtype=np.complex128)
    u = np.ones(c.shape[:-1])
    w = np.full(c.shape[::-2], 2.0)
    e = np.zeros(c.shape[-9:9])
    return t.shape[0] * 100 + u.shape[1] * 10 + w.shape[1] + e.ndim * 1000


@cc.export('svd_item', '(f8[:, :])')
def svd_item(m):
    return np.linalg.svd(m)[1]


@cc.export('eig_item', '(f8[:, :], c16[:, :])')
def eig_item(m, z):
    w = np.linalg.eig(m)[0]
    return w.sum(), np.linalg.eig(z)[1]


@cc.export('qr_item', '(f8[:, :])')
def qr_item(m):
    return np.linalg.qr(m)[1] * 2.0


@cc.export('unique_item', '(f8[:])')
def unique_item(v):
    return np.unique(v, return_counts=True)[1]


@cc.export('unique_concat', '(i8[:], i8[:])')
def unique_concat(a, b):
    return np.unique(np.concatenate((a, b)))


def M(seed, n=3, m=3):
    r = np.random.default_rng(seed)
    return r.standard_normal((n, m)) + 1j * r.standard_normal((n, m))


CASES = {
    'cdot': [lambda: (M(1), M(2)), lambda: (M(3).T, M(4)), lambda: (M(1, 2, 3), M(2, 3, 2)), lambda: (M(1, 2, 3), M(2))],
    'cdot_vec': [lambda: (M(5), M(6)[0]), lambda: (M(5), M(6)[0, :2])],
    'cdot_conj': [lambda: (M(7),), lambda: (np.zeros((0, 0), complex),)],
    'ctrace': [lambda: (M(8),), lambda: (M(8, 2, 4),), lambda: (np.zeros((0, 3), complex),)],
    'ctrace_f': [lambda: (M(9).astype(np.complex64),)],
    'cinv': [lambda: (M(10),), lambda: (np.zeros((2, 2), complex),), lambda: (M(10, 2, 3),)],
    'csolve': [lambda: (M(11), M(12)[0]), lambda: (M(11), M(12)[0, :2])],
    'ceig': [(lambda k=k: (M(13), k)) for k in range(2)] + [lambda: (M(14, 2, 3), 0)],
    'ceigvals': [lambda: (M(15, 4, 4),), lambda: (np.zeros((0, 0), complex),)],
    'shape_slice': [lambda: (np.zeros((2, 3, 4)),), lambda: (np.zeros((0, 5, 1)),)],
    'svd_item': [lambda: (M(16).real,), lambda: (M(17, 2, 4).real,), lambda: (np.zeros((0, 2)),)],
    'eig_item': [lambda: (np.array([[2.0, 1.0], [1.0, 3.0]]), M(18))],
    'qr_item': [lambda: (M(19, 3, 2).real,)],
    'unique_item': [lambda: (np.array([3.0, 1.0, 3.0, np.nan, 1.0]),), lambda: (np.zeros(0),)],
    'unique_concat': [lambda: (np.array([5, 1, 5]), np.array([2, 1, -3])), lambda: (np.zeros(0, np.int64), np.zeros(0, np.int64))],
    'shape_fn': [lambda: (np.zeros((2, 3, 4)),), lambda: (np.zeros((0, 5, 1)),)],
}
