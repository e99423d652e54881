# differential-python: numpy
# numpy breadth, part 7 (issue 17): np.einsum of constant subscript strings
# (matrix products, dots, transposes and diagonals as numpy's views, traces,
# outer products, batched products; numpy's ValueError for shapes that do
# not fit), np.broadcast_to (numpy's read-only view: its ValueError at a
# store), the reductions' `initial=` (`a.max(initial=x)`, `np.sum(a,
# initial=)`), np.nanstd's `ddof=`, np.take_along_axis, np.asarray_chkfinite,
# np.unwrap, np.setxor1d, np.indices, np.isneginf/isposinf, np.iscomplex/
# isreal and the *obj tests: numpy's values, dtypes and errors.
import numpy as np
from pycc import CC

cc = CC('numpy_breadth7_prog')


@cc.export('einsum', '(f8[:, :], f8[:, :], f8[:], i4[:, :], f4[:])')
def einsum(a, b, v, k, f):
    return (np.einsum('ij,jk->ik', a, b), np.einsum('i,i->', v, v), np.einsum('ij->ji', a), np.einsum('ii->i', b),
            np.einsum('ij,j->i', a, v), np.einsum('ii', b), np.einsum('i,j->ij', v, f), np.einsum('ij,ij->i', a, a),
            np.einsum('ij->j', k), np.einsum('ij,jk', k, k), np.einsum('i,i', f, f), np.einsum('ij,kj->ik', a, a),
            np.einsum('ji', k))


@cc.export('einsum3', '(f8[:, :, :], f8[:, :, :], f8[:, :])')
def einsum3(x, y, m):
    return np.einsum('ijk,ikl->ijl', x, y), np.einsum('ijk,ik->ij', x, m), np.einsum('ijk->ikj', x)


@cc.export('einsum_view', '(f8[:, :], f8)')
def einsum_view(m, x):
    d = np.einsum('ii->i', m)
    d[0] = x
    t = np.einsum('ij->ji', m)
    t[0, 1] = -x
    return m


@cc.export('einsum_bad', '(f8[:, :], f8[:, :])')
def einsum_bad(a, b):
    return np.einsum('ij,jk->ik', a, b)


@cc.export('broadcast_to', '(f8[:], i8, i4[:, :])')
def broadcast_to(v, n, k):
    b = np.broadcast_to(v, (n, v.shape[0]))
    return b, np.broadcast_to(k, (2, k.shape[0], k.shape[1])), b.sum(), np.broadcast_to(v[:1], v.shape)


@cc.export('broadcast_to_store', '(f8[:], i8)')
def broadcast_to_store(v, n):
    b = np.broadcast_to(v, (n, 3))
    b[0, 0] = 1.0
    return b


@cc.export('initial', '(f8[:], i4[:], f8[:, :])')
def initial(a, k, m):
    return (a.max(initial=-1.0), a.min(initial=10.0), np.max(a, initial=2.5), np.min(k, initial=3), k.max(initial=7),
            np.sum(a, initial=1.5), np.prod(k, initial=2), m.max(axis=0, initial=0.5), np.min(m, axis=1, initial=-0.5),
            np.max(k, initial=2.5))


@cc.export('nanstd_ddof', '(f8[:], f8[:, :])')
def nanstd_ddof(a, m):
    return np.nanstd(a, ddof=1), np.nanstd(m, 0, ddof=1), np.nanstd(m, axis=1, ddof=0)


@cc.export('take_along', '(f8[:, :], i8[:, :], f8[:])')
def take_along(m, idx, v):
    return (np.take_along_axis(m, np.argsort(m, axis=1), axis=1), np.take_along_axis(m, idx, 0),
            np.take_along_axis(v, np.argsort(v), 0), np.take_along_axis(m, idx[0], None))


@cc.export('chkfinite', '(f8[:, :],)')
def chkfinite(m):
    return np.asarray_chkfinite(m) * 2.0


@cc.export('unwrap', '(f8[:], i8[:], f4[:, :])')
def unwrap(p, k, f):
    return np.unwrap(p), np.unwrap(k), np.unwrap(f, axis=0), np.unwrap(p, 1.0), np.unwrap(p, None, -1)


@cc.export('setxor', '(f8[:], i4[:], i8[:])')
def setxor(a, k, n):
    return np.setxor1d(a, k), np.setxor1d(k, n), np.setxor1d(n, n, True)


@cc.export('indices', '(i8, i8)')
def indices(n, m):
    return np.indices((n, m)), np.indices((n,)), np.indices((2, n, m)).sum()


@cc.export('inf_tests', '(f8[:], f4[:, :], i8[:], f8)')
def inf_tests(a, f, k, x):
    return (np.isneginf(a), np.isposinf(f), np.isneginf(k), np.isposinf(x), np.isneginf(-x), np.iscomplex(a),
            np.isreal(f), np.iscomplex(x), np.isreal(1j * x), np.iscomplexobj(a), np.isrealobj(k), np.isscalar(x),
            np.isscalar(a), np.iscomplexobj(x * 1j))


@cc.export('contains', '(f8[:], f8, i4[:, :])')
def contains(a, x, m):
    return x in a, x not in a, 3 in m, 2.5 in m, (x + 1.0) in a


@cc.export('tolist', '(f8[:], i4[:], b1[:])')
def tolist(a, k, b):
    xs = a.tolist()
    xs.append(1.5)
    return sum(xs), len(k.tolist()), max(k.tolist()), b.tolist()[0]


@cc.export('tolist_view', '(f8[:],)')
def tolist_view(a):
    return a[1:].tolist()


@cc.export('view', '(f8[:], i8[:, :], f4[:])')
def view(a, m, f):
    bits = a.view(np.int64)
    u = m.view(np.uint64)
    g = f.view(np.int32)
    g[0] = 1065353216
    return bits, bits[0] >> 52, u, u[0, 0], g, f, a[::2].view(np.uint64)


@cc.export('view_store', '(f8[:],)')
def view_store(a):
    b = a.view(np.int64)
    b[0] = 4611686018427387904
    b[1:] += 1
    return a


@cc.export('layout', '(f8[:, :], i4[:, ::1], f8[:])')
def layout(m, k, v):
    t = m.T
    w = m[:, ::2]
    e = m[:0]
    return (m.flags.c_contiguous, m.flags.f_contiguous, m.flags.contiguous, t.flags.f_contiguous,
            t.flags.c_contiguous, w.flags.c_contiguous, k.flags.c_contiguous, k.flags.f_contiguous,
            e.flags.c_contiguous, e.flags.f_contiguous, v.flags.c_contiguous, v.flags.f_contiguous)


@cc.export('broadcast_arrays', '(f8[:], i4[:, :], f8)')
def broadcast_arrays(v, k, x):
    p, q = np.broadcast_arrays(v, k)
    r, s, t = np.broadcast_arrays(k[:1], v[:, None], k)
    return p, q, r * x, s.sum(), t.shape[0], np.broadcast_arrays(v)[0]


@cc.export('int_ufuncs', '(i8[:], i4[:, :], i2[:], u4[:], u8[:])')
def int_ufuncs(k, m, h, u, w):
    return (np.sqrt(k), np.sqrt(m), np.sqrt(h), np.exp(k), np.log(u), np.sin(h), np.floor(k), np.ceil(m),
            np.trunc(h), np.rint(u), np.fabs(k), np.deg2rad(m), np.square(k), np.negative(m), np.square(h),
            np.sqrt(w), np.arctan(w), np.cbrt(k) + np.sqrt(k) * 2.0, np.floor(u), np.sqrt(np.arange(5)))


@cc.export('logaddexp2', '(f8[:], f4[:], f8, f8)')
def logaddexp2(a, f, x, y):
    return np.logaddexp2(a, 1.0), np.logaddexp2(f, f), np.logaddexp2(x, y), np.logaddexp2(a, a[::-1])


@cc.export('np_shape', '(f8[:, :], i4[:])')
def np_shape(m, k):
    s = np.shape(m)
    r, c = np.shape(m)
    return s, np.shape(k), r * c, np.shape(m)[1]


@cc.export('real_of_real', '(f8[:], i4[:, :])')
def real_of_real(a, m):
    a.real[0] = 5.0
    r = m.real
    r[0, 0] = 7
    return a.real, np.real(a) * 2.0, m, r.sum(), np.real(m)


@cc.export('signbit', '(f8[:], f4[:], i4[:], u8[:], b1[:], f8, i8)')
def signbit(a, f, k, u, b, x, n):
    return (np.signbit(a), np.signbit(f), np.signbit(k), np.signbit(u), np.signbit(b), np.signbit(x), np.signbit(n),
            np.signbit(a - 1.0) & (a != 0.0))


CASES = {
    'einsum': [lambda: (np.arange(9.0).reshape(3, 3) / 7.0, np.array([[1.0, -2.0, 0.5], [0.25, 3.0, -1.0], [2.0, 0.0, 1.5]]),
                        np.array([1.5, -2.0, 0.25]), np.arange(9, dtype=np.int32).reshape(3, 3) - 4,
                        np.array([1.0, 2.5, -3.0], np.float32)),
               {'args': (np.ones((3, 3)), np.ones((3, 3)), np.ones(2), np.ones((3, 3), np.int32), np.ones(3, np.float32)),
                'kwargs': {}}],
    'einsum3': [lambda: (np.arange(24.0).reshape(2, 3, 4) / 5.0, np.arange(40.0).reshape(2, 4, 5) - 3.0,
                         np.arange(8.0).reshape(2, 4))],
    'einsum_view': [lambda: (np.arange(9.0).reshape(3, 3), 7.5)],
    'einsum_bad': [lambda: (np.ones((2, 3)), np.ones((3, 2))), {'args': (np.ones((2, 3)), np.ones((2, 3))), 'kwargs': {}}],
    'broadcast_to': [lambda: (np.array([1.0, -2.0, 3.5]), 2, np.arange(6, dtype=np.int32).reshape(2, 3)),
                     lambda: (np.zeros(0), 0, np.zeros((1, 0), np.int32)),
                     {'args': (np.ones(3), -1, np.ones((2, 2), np.int32)), 'kwargs': {}}],
    'broadcast_to_store': [{'args': (np.ones(3), 2), 'kwargs': {}}, {'args': (np.ones(2), 2), 'kwargs': {}}],
    'initial': [lambda: (np.array([0.5, -3.0, 12.0]), np.array([4, -2, 9], np.int32), np.array([[0.1, 0.9], [-1.0, 0.2]])),
                lambda: (np.zeros(0), np.zeros(0, np.int32), np.zeros((0, 2))),
                lambda: (np.array([np.nan, 1.0]), np.array([1], np.int32), np.array([[np.nan, 3.0]]))],
    'nanstd_ddof': [lambda: (np.array([1.0, np.nan, 3.0, 4.5]), np.array([[1.0, np.nan], [2.0, 5.0], [0.5, 1.0]])),
                    lambda: (np.array([1.0]), np.array([[1.0, 2.0]]))],
    'take_along': [lambda: (np.array([[3.0, 1.0, 2.0], [0.5, -1.0, 4.0]]), np.array([[1, 0, 1]]), np.array([2.0, -1.0, 0.0])),
                   {'args': (np.ones((2, 3)), np.array([[5, 0, 1]]), np.ones(2)), 'kwargs': {}}],
    'chkfinite': [lambda: (np.arange(6.0).reshape(2, 3),), {'args': (np.array([[1.0, np.inf]]),), 'kwargs': {}},
                  {'args': (np.array([[np.nan, 1.0]]),), 'kwargs': {}}],
    'unwrap': [lambda: (np.array([0.0, 3.0, 6.5, 0.2, -4.0]), np.array([0, 4, 8, -3]),
                        np.array([[0.0, 1.0], [4.0, -5.0], [0.5, 9.0]], np.float32))],
    'setxor': [lambda: (np.array([1.0, 2.5, 3.0, 3.0]), np.array([3, 4, 1], np.int32), np.array([7, 1, 7, 2])),
               lambda: (np.zeros(0), np.zeros(0, np.int32), np.zeros(0, np.int64))],
    'indices': [lambda: (2, 3), lambda: (0, 4), {'args': (-1, 2), 'kwargs': {}}],
    'inf_tests': [lambda: (np.array([-np.inf, np.inf, np.nan, 0.0]), np.array([[np.inf, -1.0]], np.float32),
                           np.array([3, -4]), -np.inf),
                  lambda: (np.zeros(0), np.zeros((0, 1), np.float32), np.zeros(0, np.int64), 2.0)],
    'contains': [lambda: (np.array([1.0, np.nan, 2.5]), 2.5, np.arange(6, dtype=np.int32).reshape(2, 3)),
                 lambda: (np.array([1.0, np.nan]), np.nan, np.zeros((0, 3), np.int32)),
                 lambda: (np.zeros(0), 0.0, np.ones((1, 1), np.int32))],
    'tolist': [lambda: (np.array([0.5, -1.0, 2.25]), np.array([3, -7, 9], np.int32), np.array([True, False]))],
    'tolist_view': [lambda: (np.array([0.5, -1.0, 2.25]),), lambda: (np.zeros(1),)],
    'view': [lambda: (np.array([1.0, -2.0, 0.5]), np.array([[-1, 2], [3, 4]]), np.array([2.5, -0.0], np.float32))],
    'layout': [lambda: (np.arange(6.0).reshape(2, 3), np.arange(6, dtype=np.int32).reshape(3, 2), np.arange(4.0)),
               lambda: (np.asfortranarray(np.ones((2, 3))), np.ones((1, 4), np.int32), np.arange(8.0)[::-2]),
               lambda: (np.ones((3, 1))[::2], np.ones((0, 2), np.int32), np.zeros(0)),
               lambda: (np.ones((1, 3))[:, ::2], np.ones((2, 1), np.int32), np.ones(1))],
    'broadcast_arrays': [lambda: (np.array([1.0, -2.0, 3.5]), np.arange(6, dtype=np.int32).reshape(2, 3), 2.0),
                         lambda: (np.array([1.0]), np.arange(6, dtype=np.int32).reshape(6, 1), 0.5),
                         {'args': (np.ones(2), np.ones((2, 3), np.int32), 1.0), 'kwargs': {}}],
    'int_ufuncs': [lambda: (np.array([0, 4, 9, 2**53 + 1, -4]), np.array([[1, 2], [-3, 2**31 - 1]], np.int32),
                            np.array([3, -2, 2**15 - 1], np.int16), np.array([1, 2**32 - 1], np.uint32),
                            np.array([0, 2**64 - 1], np.uint64))],
    'logaddexp2': [lambda: (np.array([0.0, -1.5, 700.0, -np.inf]), np.array([1.0, np.nan], np.float32), 3.0, -2.5),
                   lambda: (np.zeros(0), np.zeros(0, np.float32), -np.inf, -np.inf)],
    'np_shape': [lambda: (np.ones((2, 3)), np.ones(4, np.int32)), lambda: (np.ones((0, 1)), np.ones(0, np.int32))],
    'real_of_real': [lambda: (np.array([1.0, -2.0]), np.arange(4, dtype=np.int32).reshape(2, 2))],
    'signbit': [lambda: (np.array([-0.0, 0.0, -np.nan, np.nan, -np.inf, 1.5, -2.0]), np.array([-0.0, 3.0, -np.nan], np.float32),
                         np.array([-1, 0, 5], np.int32), np.array([0, 2**64 - 1], np.uint64), np.array([True, False]),
                         -0.0, -3),
                lambda: (np.zeros(0), np.zeros(0, np.float32), np.zeros(0, np.int32), np.zeros(0, np.uint64),
                         np.zeros(0, np.bool_), float('nan'), 0)],
    'view_store': [lambda: (np.array([1.0, 2.0, 3.0]),)],
}
