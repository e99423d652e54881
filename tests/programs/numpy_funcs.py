# differential-python: numpy
# Common numpy functions computed by numpy through the runtime:
# np.searchsorted (number or array keys, side=), np.where(c, x, y), np.clip
# and a.clip, np.eye, np.identity, np.outer, np.convolve, np.linalg.norm,
# np.flatnonzero, np.array/np.asarray of literals and arrays; compared with
# numpy itself, bit for bit (dtypes and errors included).
import numpy as np
from numpy.linalg import norm
from pycc import CC

cc = CC('numpy_funcs_prog')


@cc.export('lis', 'i8(i8[:])')
def lis(a):
    # longest strictly increasing subsequence, the corpus' searchsorted use
    INF = 1 << 60
    L = np.full(len(a) + 1, INF, np.int64)
    for x in a:
        L[np.searchsorted(L, x)] = x
    return np.searchsorted(L, INF)


@cc.export('lis_steps', 'i8(i8[:], i8[:])')
def lis_steps(P, Q):
    # tests/corpus/lis_searchsorted: an int index array computed elementwise
    n = P.shape[0]
    INF = 1 << 60
    L = np.full(n + 1, INF, np.int64)
    ind = np.argsort(Q)
    for i in range(n):
        p = P[i]
        M = np.arange(p, n + 1, p)
        idx = np.sort(ind[M - 1])
        for d in idx[::-1]:
            k = np.searchsorted(L, d)
            L[k] = d
    M = np.arange(1, n + 1)
    return np.searchsorted(L, INF) * 1000 + np.sum(ind[M - 1] + ind[(M - 1) // 2])


@cc.export('search', '(f8[:], f8, i8)')
def search(a, v, k):
    if k == 0:
        return np.searchsorted(a, v)
    if k == 1:
        return np.searchsorted(a, v, side='right')
    return np.searchsorted(a, v, 'left') + np.searchsorted(a[::-1], v + 1.0, side='left')


@cc.export('search_many', '(f8[:], f8[:, :])')
def search_many(a, v):
    return np.searchsorted(a, v, side='right') + np.searchsorted(a, v[0])[0]


@cc.export('search_int', '(i4[:], f8)')
def search_int(a, v):
    return np.searchsorted(a, v), np.searchsorted(a, 3)


@cc.export('wheres', '(f8[:], f8[:], i8)')
def wheres(a, b, k):
    if k == 0:
        return np.where(a > b, a, b)
    if k == 1:
        return np.where(a > 0.5, a * 2.0, 0.0)
    return np.where(a < b, 1.0, -b)


@cc.export('where_2d', '(f4[:, :], f4[:])')
def where_2d(a, b):
    w = np.where(a > b, a, 0.0)
    return w * 2.0 + np.where(a < b, 1, 0)


@cc.export('where_int', '(i8[:], b1[:])')
def where_int(a, m):
    return np.where(m, a, 7) - np.where(m, 1, 0)


@cc.export('where_shapes', '(f8[:], f8[:])')
def where_shapes(a, b):
    return np.where(a > 0.0, a, b)


@cc.export('clips', '(f8[:], f8, f8, i8)')
def clips(a, lo, hi, k):
    if k == 0:
        return np.clip(a, lo, hi)
    if k == 1:
        return a.clip(lo, hi)
    if k == 2:
        return np.clip(a, None, hi)
    return a[::2].clip(min=lo)


@cc.export('clip_int', '(i8[:, :], i8[:], i8)')
def clip_int(a, hi, k):
    if k == 0:
        return np.clip(a, 0, hi) * 1.5
    return np.clip(a, 0.5, 2.5)[:, 0].sum() + np.clip(a, 0, hi) * 1.0


@cc.export('eyes', '(i8, i8, i8)')
def eyes(n, m, k):
    e = np.eye(n)
    f = np.eye(n, m, k)
    g = np.eye(n, dtype=np.int32)
    h = np.identity(n)
    return e.sum() + f.sum() * 10.0 + g.sum() * 100.0 + h[n - 1, n - 1] if n > 0 else -1.0


@cc.export('eye_int', '(i8,)')
def eye_int(n):
    return np.eye(n, dtype=np.int64) * 3 + np.identity(n, np.int64)


@cc.export('outers', '(f8[:], i4[:])')
def outers(a, b):
    return np.outer(a, b)


@cc.export('convolves', '(f8[:], f8[:], i8)')
def convolves(a, v, k):
    if k == 0:
        return np.convolve(a, v)
    if k == 1:
        return np.convolve(a, v, 'same')
    return np.convolve(a, v, mode='valid')


@cc.export('norms', '(f8[:], f8[:, :])')
def norms(x, m):
    return (np.linalg.norm(x), np.linalg.norm(m), np.linalg.norm(x, 1), np.linalg.norm(x, np.inf),
            np.linalg.norm(m, 'fro'), np.linalg.norm(m, 1), np.linalg.norm(x, ord=0))


@cc.export('norm_axis', '(f8[:, :], i8)')
def norm_axis(m, axis):
    return np.linalg.norm(m, axis=axis)


@cc.export('norm_int', '(i4[:],)')
def norm_int(x):
    return np.linalg.norm(x) + norm(x - 1, 2)


@cc.export('norm_f4', '(f4[:],)')
def norm_f4(x):
    return np.linalg.norm(x)


@cc.export('nonzeros', '(f8[:],)')
def nonzeros(a):
    return np.flatnonzero(a > 0.5)


@cc.export('arrays', '(f8, i8)')
def arrays(x, n):
    a = np.array([1.0, x, 3])
    b = np.array([[1, 2], [n, 4]])
    c = np.asarray((x, n), dtype=np.float32)
    d = np.array([1.5, x], dtype=np.int64)
    e = np.array([True, n > 0])
    return a.sum() + b.sum() + c.sum() + d.sum() + e.sum() + b[1, 0] * 0.5


@cc.export('array_values', '(f8, i8)')
def array_values(x, n):
    return np.array([[x, 2.0, 3.0], [4.0, 5.0, x * n]])


@cc.export('array_copy', '(f8[:],)')
def array_copy(a):
    b = np.array(a)
    c = np.asarray(a)
    d = np.asarray(a, dtype=np.int32)
    b[0] = -1.0
    c[1] = -2.0
    return b + d


CASES = {
    'lis': [lambda: (np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]),), lambda: (np.zeros(0, np.int64),),
            lambda: (np.random.RandomState(0).randint(0, 100, 200),)],
    'lis_steps': [lambda: (np.array([1, 2, 3, 1, 2, 3]), np.array([5, 3, 1, 2, 4, 6])),
                  lambda: (np.array([2, 2]), np.array([2, 1]))],
    'search': [(lambda v=v, k=k: (np.array([0.0, 1.0, 1.0, 2.5, np.nan]), v, k))
               for v in (-1.0, 1.0, 2.0, 3.0, np.nan) for k in range(3)],
    'search_many': [lambda: (np.arange(10.0), np.array([[0.5, 3.0, 9.5], [1.0, -1.0, 20.0]]))],
    'search_int': [lambda: (np.array([1, 3, 3, 7], np.int32), 3.5), lambda: (np.zeros(0, np.int32), 1.0)],
    'wheres': [(lambda k=k: (np.random.RandomState(0).rand(10), np.random.RandomState(1).rand(10), k)) for k in range(3)]
              + [lambda: (np.zeros(0), np.zeros(0), 0)],
    'where_2d': [lambda: (np.random.RandomState(0).rand(3, 4).astype(np.float32), np.random.RandomState(1).rand(4).astype(np.float32))],
    'where_int': [lambda: (np.arange(5), np.array([True, False, True, True, False]))],
    'where_shapes': [lambda: (np.arange(3.0), np.arange(4.0)), lambda: (np.arange(3.0), np.arange(1.0))],
    'clips': [(lambda k=k: (np.linspace(-2, 2, 9), -1.0, 1.5, k)) for k in range(4)]
             + [lambda: (np.array([np.nan, 0.0]), 1.0, 0.0, 0)],
    'clip_int': [(lambda k=k: (np.arange(-3, 9).reshape(3, 4), np.array([1, 2, 3, 4]), k)) for k in range(2)]
                + [lambda: (np.ones((2, 3), np.int64), np.ones(2, np.int64), 0)],
    'eyes': [(lambda n=n, m=m, k=k: (n, m, k)) for n in (0, 1, 4) for m in (2, 5) for k in (-1, 0, 3)] + [lambda: (-1, 2, 0)],
    'eye_int': [lambda: (3,), lambda: (0,)],
    'outers': [lambda: (np.arange(3.0) + 0.1, np.array([1, -2, 3, 4], np.int32)), lambda: (np.zeros(0), np.ones(2, np.int32))],
    'convolves': [(lambda k=k: (np.random.RandomState(0).rand(10), np.array([0.25, 0.5, 0.25]), k)) for k in range(3)]
                 + [lambda: (np.zeros(0), np.ones(2), 0)],
    'norms': [lambda: (np.random.RandomState(0).rand(7) - 0.5, np.random.RandomState(1).rand(3, 4))],
    'norm_axis': [(lambda ax=ax: (np.random.RandomState(1).rand(3, 4), ax)) for ax in (0, 1, -1, 2)],
    'norm_int': [lambda: (np.array([3, 4, -12], np.int32),)],
    'norm_f4': [lambda: (np.array([3, 4, 1e-3], np.float32),)],
    'nonzeros': [lambda: (np.random.RandomState(0).rand(20),), lambda: (np.zeros(0),)],
    'arrays': [lambda: (2.5, 3), lambda: (-0.75, 0)],
    'array_values': [lambda: (2.5, 3)],
    'array_copy': [lambda: (np.arange(4.0) + 0.5,)],
}
