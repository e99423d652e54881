# differential-python: numpy
# numpy breadth, part 5: np.asfortranarray, np.atleast_1d, np.atleast_3d,
# np.nancumsum / np.nancumprod (flattened or along an axis), the window
# functions np.bartlett / np.hanning / np.hamming / np.blackman /
# np.kaiser, np.i0, np.fix, np.trim_zeros, np.extract, np.vdot, np.inner,
# np.array_equiv and np.histogram_bin_edges, each one call of numpy's own
# function; np.split / np.array_split / np.hsplit / np.vsplit / np.dsplit
# with a constant number of sections or a list of split points, unpacked,
# indexed, looped over and bound to a name (numpy's views);
# `for idx, v in np.ndenumerate(a)` and `for v in a.flat` (C order);
# np.triu_indices / np.tril_indices (and their _from forms), np.diag_indices
# and np.diag_indices_from (tuples of int64 index arrays); np.linalg.cond and
# `sign, logdet = np.linalg.slogdet(m)`; the complex-valued ufuncs of
# complex arrays (np.sqrt, np.exp, np.log, the trigonometric ones, ...,
# complex64 kept); np.fill_diagonal(a, val, wrap) in place; np.real(z) /
# np.imag(z) of complex arrays (views); np.diag of complex arrays (the
# matrix square root by eig, as the corpus's usual_operators): numpy's values,
# dtypes and errors, compared bit for bit.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth5_prog')


@cc.export('fortran', '(f8[:, :], i4[:])')
def fortran(m, v):
    f = np.asfortranarray(m)
    return f, f[0, :].sum(), np.asfortranarray(v)


@cc.export('atleast', '(f8[:], i8[:, :])')
def atleast(v, m):
    return np.atleast_1d(v), np.atleast_3d(v), np.atleast_3d(m).shape, np.atleast_1d(m).ndim


@cc.export('nancum', '(f8[:, :], i4[:], f4[:])')
def nancum(m, v, w):
    return (np.nancumsum(m), np.nancumsum(m, axis=1), np.nancumprod(m, 0), np.nancumsum(v),
            np.nancumprod(v), np.nancumsum(w))


@cc.export('windows', '(i8, f8)')
def windows(n, beta):
    return np.bartlett(n), np.hanning(n), np.hamming(n), np.blackman(n), np.kaiser(n, beta)


@cc.export('window_sum', '(f8[:])')
def window_sum(x):
    w = np.hanning(len(x))
    return np.sum(x * w) / w.sum()


@cc.export('bessel_fix', '(f8[:], i4[:], f4[:, :])')
def bessel_fix(x, k, y):
    return np.i0(x), np.i0(k), np.i0(y), np.fix(x), np.fix(k), np.fix(y)


@cc.export('trim', '(f8[:], i8[:])')
def trim(x, k):
    return np.trim_zeros(x), np.trim_zeros(k, 'f'), np.trim_zeros(k, trim='b')


@cc.export('extract', '(f8[:, :], i8[:])')
def extract(m, k):
    return np.extract(m > 0.5, m), np.extract(k % 2 == 0, k), np.extract(k, k * 1.5)


@cc.export('vdot_inner', '(f8[:], f8[:], i4[:], f4[:, :], f4[:, :])')
def vdot_inner(a, b, k, p, q):
    return np.vdot(a, b), np.vdot(k, k), np.inner(a, b), np.inner(p, q), np.inner(p, q[0]), np.vdot(p, q)


@cc.export('equiv', '(f8[:], f8[:, :], i8[:])')
def equiv(a, m, k):
    return np.array_equiv(a, m), np.array_equiv(a, k), np.array_equiv(m, 1.0)


@cc.export('bin_edges', '(f8[:], i8, i4[:])')
def bin_edges(x, n, k):
    return np.histogram_bin_edges(x, n), np.histogram_bin_edges(k), np.histogram_bin_edges(x, bins=n)


@cc.export('split_unpack', '(f8[:], i4[:, :])')
def split_unpack(x, m):
    a, b = np.split(x, 2)
    top, bottom = np.vsplit(m, 2)
    left, mid, right = np.hsplit(m, [1, 3])
    return a - b, top, bottom, left, mid, right


@cc.export('split_points', '(f8[:], i8)')
def split_points(x, k):
    p, q, r = np.split(x, [k, k + 2])
    u, v, w = np.array_split(x, 3)
    return p, q, r, u.size, v.size, w.size, w


@cc.export('split_axis', '(f8[:, :])')
def split_axis(m):
    a, b = np.split(m, 2, axis=1)
    c, d = np.array_split(m, 2, 0)
    return a, b, c.shape[0], d.shape[0], np.split(m, 2, axis=-1)[1].sum()


@cc.export('split_loop', '(f8[:])')
def split_loop(x):
    s = 0.0
    for piece in np.array_split(x, 4):
        s = s * 2.0 + piece.sum()
    parts = np.split(x, 2)
    return s, parts[0], np.max(parts[1]), len(parts)


@cc.export('split_store', '(f8[:])')
def split_store(x):
    a, b = np.split(x, 2)
    a[0] = 100.0
    b += 1.0
    return x


@cc.export('split_3d', '(f8[:, :, :])')
def split_3d(t):
    a, b = np.dsplit(t, 2)
    return a, b.sum()


@cc.export('ndenumerate', '(f8[:, :], i4[:])')
def ndenumerate(m, v):
    s = 0.0
    for idx, x in np.ndenumerate(m):
        s = s * 1.5 + x * (idx[0] + 2 * idx[1])
    t = 0
    for (i,), y in np.ndenumerate(v):
        t = t * 3 + i * y
    return s, t


@cc.export('ndenumerate_view', '(f8[:, :, :])')
def ndenumerate_view(a):
    out = np.zeros(a.shape[0] * a.shape[1] * a.shape[2] // 2)
    k = 0
    for (i, j, l), x in np.ndenumerate(a[:, ::-1, 1:]):
        out[k] = x + i - j * l
        k += 1
    for idx, x in np.ndenumerate(a * 2.0):
        a[idx] = x + 1.0
    return out[:k], a


@cc.export('ndenumerate_ro', '(f8[:, :])')
def ndenumerate_ro(m):
    s = 0.0
    for idx, x in np.ndenumerate(m):
        s += x * idx[1]
    return s


@cc.export('flat_iter', '(f8[:, :])')
def flat_iter(m):
    s = 0.0
    for x in m.flat:
        s = s * 0.5 + x
    n = 0
    for x in m.T.flat:
        if x > 2.0:
            n += 1
        m = m * 0.0
    return s, n


@cc.export('tri_indices', '(i8, i8, f8[:, :])')
def tri_indices(n, k, m):
    r, c = np.triu_indices(n, k)
    r2, c2 = np.tril_indices(n, -1, n + 1)
    r3, c3 = np.triu_indices(n, m=2)
    u0, u1 = np.triu_indices_from(m)
    l0, l1 = np.tril_indices_from(m, k=k)
    return r, c, r2, c2, r3, c3, m[u0, u1], m[l0, l1].sum()


@cc.export('diag_indices', '(f8[:, :], i8)')
def diag_indices(m, n):
    i, j = np.diag_indices(n)
    p, q, r = np.diag_indices(n, 3)
    d0, d1 = np.diag_indices_from(m)
    m[d0, d1] = -1.0
    return i, j, p + q + r, m


@cc.export('cond_slogdet', '(f8[:, :], f4[:, :], i8[:, :])')
def cond_slogdet(m, f, k):
    sign, logdet = np.linalg.slogdet(m)
    s32, l32 = np.linalg.slogdet(f)
    return (np.linalg.cond(m), np.linalg.cond(m, 1), np.linalg.cond(m, 'fro'), np.linalg.cond(m, -np.inf),
            np.linalg.cond(f), sign, logdet, s32, l32, np.linalg.slogdet(k)[1], np.linalg.cond(k, 2))


@cc.export('complex_ufuncs', '(c16[:], c8[:])')
def complex_ufuncs(z, w):
    return (np.sqrt(z), np.exp(z), np.log(z), np.log10(z), np.sin(z), np.cos(z), np.tanh(z), np.arcsin(z),
            np.square(z), np.expm1(z), np.sqrt(w), np.exp(w * 2.0))


@cc.export('complex_phase', '(f8[:], c16[:, :])')
def complex_phase(t, m):
    e = np.exp(1j * t) * 2.0
    return e, np.sqrt(-m).sum(), np.abs(np.log(m + 1.0))


@cc.export('fill_diag', '(f8[:, :], i4[:, :], f8)')
def fill_diag(m, k, x):
    np.fill_diagonal(m, x)
    np.fill_diagonal(k, np.array([7, 8]), wrap=True)
    d = np.zeros((3, 3, 3))
    np.fill_diagonal(d, 2.5)
    v = m[:, ::-1]
    np.fill_diagonal(v, -1.0)
    return m, k, d.sum()


@cc.export('fill_diag_cx', '(c16[:, :])')
def fill_diag_cx(z):
    np.fill_diagonal(z, 1 + 2j)
    return z


@cc.export('real_imag', '(c16[:], c8[:, :])')
def real_imag(z, w):
    r = np.real(z)
    r[0] = 5.0
    return np.real(z), np.imag(z), np.imag(w).sum(), np.real(w[0]), z


@cc.export('complex_diag', '(c16[:], c8[:, :])')
def complex_diag(z, w):
    return np.diag(z), np.diag(z, 1), np.diag(w), np.diag(w, -1)


@cc.export('sqrt_matrix', '(c16[:, :])')
def sqrt_matrix(m):
    evalues, evectors = np.linalg.eig(m)
    return evectors @ np.diag(np.sqrt(evalues)) @ np.linalg.inv(evectors)


CASES = {
    'fortran': [lambda: (np.arange(6.0).reshape(2, 3), np.array([3, 1, 4], np.int32)),
                lambda: (np.arange(12.0).reshape(3, 4)[::2, 1:], np.zeros(0, np.int32))],
    'atleast': [lambda: (np.array([1.5, -2.0]), np.array([[1, 2], [3, 4]])),
                lambda: (np.zeros(0), np.zeros((0, 3), np.int64))],
    'nancum': [lambda: (np.array([[1.0, np.nan, 2.5], [np.nan, 3.0, -1.0]]), np.array([2, -3, 7], np.int32),
                        np.array([np.nan, 1.5, 2.25], np.float32)),
               lambda: (np.zeros((0, 2)), np.zeros(0, np.int32), np.zeros(0, np.float32))],
    'windows': [lambda: (5, 2.0), lambda: (1, 0.0), lambda: (0, 14.0), lambda: (-3, 1.0), lambda: (12, 8.6)],
    'window_sum': [lambda: (np.arange(8.0) / 3.0,), lambda: (np.array([2.0]),)],
    'bessel_fix': [lambda: (np.array([-2.5, -0.5, 0.0, 0.5, 3.7, 12.0]), np.array([0, 1, -2, 9], np.int32),
                            np.array([[1.5, -1.5], [2.9, -0.1]], np.float32)),
                   lambda: (np.array([np.nan, np.inf, -np.inf]), np.zeros(0, np.int32), np.zeros((1, 0), np.float32))],
    'trim': [lambda: (np.array([0.0, 0.0, 1.5, 0.0, 2.0, 0.0]), np.array([0, 3, 0, 4, 0, 0])),
             lambda: (np.zeros(3), np.zeros(0, np.int64)), lambda: (np.array([-0.0, 1.0]), np.array([1, 0]))],
    'extract': [lambda: (np.array([[0.25, 0.75], [1.0, -2.0]]), np.array([1, 2, 3, 4, 0, 6])),
                lambda: (np.zeros((0, 2)), np.zeros(0, np.int64))],
    'vdot_inner': [lambda: (np.array([1.0, 2.5, -3.0]), np.array([0.5, -1.0, 2.0]), np.array([3, -4, 5], np.int32),
                            np.arange(6, dtype=np.float32).reshape(2, 3) / 7, np.ones((4, 3), np.float32) / 3),
                   lambda: (np.array([1.0, 2.0]), np.array([1.0, 2.0, 3.0]), np.array([1], np.int32),
                            np.ones((2, 3), np.float32), np.ones((2, 2), np.float32))],
    'equiv': [lambda: (np.array([1.0, 2.0]), np.array([[1.0, 2.0], [1.0, 2.0]]), np.array([1, 2])),
              lambda: (np.array([1.0, 1.0]), np.ones((3, 2)), np.array([1, 2, 3]))],
    'bin_edges': [lambda: (np.array([0.5, 2.0, -1.0, 4.25]), 4, np.array([3, 1, 4, 1, 5], np.int32)),
                  lambda: (np.array([1.0, 2.0]), 0, np.array([2], np.int32)),
                  lambda: (np.array([np.nan, 1.0]), 3, np.array([2], np.int32))],
    'split_unpack': [lambda: (np.arange(6.0), np.arange(16, dtype=np.int32).reshape(4, 4)),
                     lambda: (np.zeros(0), np.zeros((2, 3), np.int32)),
                     lambda: (np.arange(5.0), np.arange(16, dtype=np.int32).reshape(4, 4)),
                     lambda: (np.arange(4.0), np.arange(15, dtype=np.int32).reshape(3, 5))],
    'split_points': [lambda: (np.arange(7.0), 2), lambda: (np.arange(7.0), -3), lambda: (np.arange(2.0), 5),
                     lambda: (np.zeros(0), 0)],
    'split_axis': [lambda: (np.arange(12.0).reshape(3, 4),), lambda: (np.arange(9.0).reshape(3, 3),)],
    'split_loop': [lambda: (np.arange(10.0) / 3.0,), lambda: (np.arange(3.0),), lambda: (np.zeros(0),)],
    'split_store': [lambda: (np.arange(4.0),), lambda: (np.frombuffer(np.arange(4.0).tobytes()),)],
    'split_3d': [lambda: (np.arange(24.0).reshape(2, 3, 4),), lambda: (np.arange(6.0).reshape(1, 2, 3),)],
    'ndenumerate': [lambda: (np.arange(6.0).reshape(2, 3) / 7.0, np.array([3, -1, 4], np.int32)),
                    lambda: (np.zeros((0, 3)), np.zeros(0, np.int32))],
    'ndenumerate_view': [lambda: (np.arange(24.0).reshape(2, 3, 4),), lambda: (np.ones((1, 1, 2)),)],
    'ndenumerate_ro': [lambda: (np.frombuffer(np.arange(6.0).tobytes()).reshape(2, 3),)],
    'flat_iter': [lambda: (np.arange(6.0).reshape(2, 3),), lambda: (np.arange(12.0).reshape(3, 4)[::2, 1:],)],
    'tri_indices': [lambda: (3, 1, np.arange(9.0).reshape(3, 3)), lambda: (0, 0, np.ones((2, 3))),
                    lambda: (4, -2, np.arange(12.0).reshape(4, 3))],
    'diag_indices': [lambda: (np.arange(9.0).reshape(3, 3), 2), lambda: (np.ones((2, 2)), 0),
                     lambda: (np.ones((2, 3)), 1)],
    'cond_slogdet': [lambda: (np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([[1.0, 2.0], [3.0, 4.0]], np.float32),
                              np.array([[4, 1], [2, 3]])),
                     lambda: (np.array([[1.0, 2.0], [2.0, 4.0]]), np.eye(2, dtype=np.float32), np.zeros((2, 2), np.int64)),
                     lambda: (np.ones((2, 3)), np.eye(2, dtype=np.float32), np.eye(2, dtype=np.int64))],
    'complex_ufuncs': [lambda: (np.array([1 + 2j, -1 - 0.5j, 0j, -4 + 0j, complex(np.inf, 1)]),
                                np.array([1 + 1j, -2 + 0.5j], np.complex64)),
                       lambda: (np.zeros(0, np.complex128), np.zeros(0, np.complex64))],
    'complex_phase': [lambda: (np.linspace(0.0, 3.0, 5), np.array([[1 + 1j, 2 - 1j], [-3 + 0j, 0.5j]]))],
    'fill_diag': [lambda: (np.zeros((3, 4)), np.zeros((7, 3), np.int32), 1.5),
                  lambda: (np.zeros((2, 2)), np.zeros((2, 5), np.int32), -0.0),
                  lambda: (np.frombuffer(np.zeros(4).tobytes()).reshape(2, 2), np.zeros((2, 2), np.int32), 1.0)],
    'fill_diag_cx': [lambda: (np.zeros((2, 3), np.complex128),)],
    'real_imag': [lambda: (np.array([1 + 2j, 3 - 4j]), np.array([[1 + 1j, 2 - 2j]], np.complex64))],
    'complex_diag': [lambda: (np.array([1 + 2j, -3j]), np.array([[1 + 1j, 2], [3j, 4 - 1j]], np.complex64)),
                     lambda: (np.zeros(0, np.complex128), np.zeros((0, 2), np.complex64))],
    'sqrt_matrix': [lambda: (np.array([[4 + 0j, 1], [0, 9 + 0j]]),), lambda: (np.array([[0j, 1], [-1, 0j]]),)],
}
