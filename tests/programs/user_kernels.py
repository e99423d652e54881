# differential-python: numpy
# Kernels as numba users write them (session 16's user probes): @njit
# helpers, running sums, histograms, sieves, DP tables, Dijkstra with heapq,
# closures, asserts, module constants, literal matrices, sorted lists of
# tuples, masks, reshape(-1, k), astype.
import heapq
import math

import numpy as np
from pycc import CC


def njit(*args, **kwargs):
    # numba's decorator, as a no-op under CPython (pycc reads it statically).
    if len(args) == 1 and callable(args[0]):
        return args[0]
    return lambda f: f


cc = CC('user_kernels')


@njit(cache=True)
def _dist(x1, y1, x2, y2):
    return math.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2)

@cc.export('path_length', 'f8(f8[:, :])')
def path_length(pts):
    total = 0.0
    for i in range(1, pts.shape[0]):
        total += _dist(pts[i - 1, 0], pts[i - 1, 1], pts[i, 0], pts[i, 1])
    return total

@cc.export('moving_average', 'f8[:](f8[:], i8)')
def moving_average(a, w):
    n = a.shape[0]
    out = np.full(n, np.nan)
    s = 0.0
    for i in range(n):
        s += a[i]
        if i >= w:
            s -= a[i - w]
        if i >= w - 1:
            out[i] = s / w
    return out

@cc.export('bincount_weighted', 'f8[:](i8[:], f8[:], i8)')
def bincount_weighted(idx, w, n):
    out = np.zeros(n)
    for k in range(idx.size):
        out[idx[k]] += w[k]
    return out

@cc.export('argmax2d', 'UniTuple(i8, 2)(f8[:, :])')
def argmax2d(a):
    best = -np.inf
    bi = 0
    bj = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            if a[i, j] > best:
                best = a[i, j]
                bi, bj = i, j
    return bi, bj

@cc.export('normalize_rows', 'f8[:, :](f8[:, :])')
def normalize_rows(a):
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        norm = np.sqrt(np.sum(a[i] ** 2))
        if norm == 0:
            out[i] = a[i]
        else:
            out[i] = a[i] / norm
    return out

@cc.export('count_primes', 'i8(i8)')
def count_primes(n):
    if n < 2:
        return 0
    sieve = np.ones(n + 1, dtype=np.bool_)
    sieve[0] = False
    sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = False
    return int(sieve.sum())

@cc.export('histogram_fixed', 'i8[:](f8[:], f8, f8, i8)')
def histogram_fixed(x, lo, hi, nbins):
    counts = np.zeros(nbins, dtype=np.int64)
    width = (hi - lo) / nbins
    for v in x:
        if v < lo or v >= hi:
            continue
        b = int((v - lo) / width)
        counts[b] += 1
    return counts

@cc.export('cumulative_max', 'f8[:](f8[:])')
def cumulative_max(a):
    out = a.copy()
    for i in range(1, len(out)):
        out[i] = max(out[i], out[i - 1])
    return out

@cc.export('lcs', 'i8(i8[:], i8[:])')
def lcs(a, b):
    n, m = len(a), len(b)
    dp = np.zeros((n + 1, m + 1), dtype=np.int64)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                dp[i, j] = dp[i - 1, j - 1] + 1
            else:
                dp[i, j] = max(dp[i - 1, j], dp[i, j - 1])
    return dp[n, m]

@cc.export('trapz_uniform', 'f8(f8[:], f8)')
def trapz_uniform(y, dx):
    s = 0.5 * (y[0] + y[-1])
    for k in range(1, y.shape[0] - 1):
        s += y[k]
    return s * dx

@cc.export('rk4', 'f8[:](f8, f8, i8)')
def rk4(y0, h, n):
    ys = np.empty(n + 1)
    ys[0] = y0
    y = y0
    t = 0.0
    for i in range(n):
        k1 = -2.0 * t * y
        k2 = -2.0 * (t + h / 2) * (y + h * k1 / 2)
        k3 = -2.0 * (t + h / 2) * (y + h * k2 / 2)
        k4 = -2.0 * (t + h) * (y + h * k3)
        y = y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        t += h
        ys[i + 1] = y
    return ys

@cc.export('clip_inplace', 'void(f8[:], f8, f8)')
def clip_inplace(a, lo, hi):
    for i in range(a.size):
        if a[i] < lo:
            a[i] = lo
        elif a[i] > hi:
            a[i] = hi

@cc.export('pairwise', 'f8[:, :](f8[:, :])')
def pairwise(X):
    M = X.shape[0]
    N = X.shape[1]
    D = np.empty((M, M), dtype=np.float64)
    for i in range(M):
        for j in range(M):
            d = 0.0
            for k in range(N):
                tmp = X[i, k] - X[j, k]
                d += tmp * tmp
            D[i, j] = np.sqrt(d)
    return D

@cc.export('mode_int', 'i8(i8[:])')
def mode_int(a):
    counts = {}
    for x in a:
        counts[x] = counts.get(x, 0) + 1
    best = a[0]
    bc = 0
    for k, v in counts.items():
        if v > bc or (v == bc and k < best):
            best = k
            bc = v
    return best

@cc.export('unique_sorted', 'i8[:](i8[:])')
def unique_sorted(a):
    s = np.sort(a)
    out = []
    for i in range(len(s)):
        if i == 0 or s[i] != s[i - 1]:
            out.append(s[i])
    return np.array(out)

@cc.export('f32_poly', 'f4[:](f4[:])')
def f32_poly(x):
    out = np.empty_like(x)
    for i in range(x.shape[0]):
        out[i] = 1.5 * x[i] * x[i] - 2.0 * x[i] + np.float32(0.25)
    return out

@cc.export('mat_vec', 'f8[:](f8[:, ::1], f8[::1])')
def mat_vec(A, x):
    return A @ x

@cc.export('softmax', 'f8[:](f8[:])')
def softmax(x):
    e = np.exp(x - np.max(x))
    return e / e.sum()


N_MAX = 16
WEIGHTS = np.array([0.25, 0.5, 0.25])

@njit
def _minmax(a):
    lo = a[0]
    hi = a[0]
    for v in a[1:]:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi

@cc.export('scale01', 'f8[:](f8[:])')
def scale01(a):
    lo, hi = _minmax(a)
    if hi == lo:
        return np.zeros_like(a)
    return (a - lo) / (hi - lo)

@cc.export('smooth', 'f8[:](f8[:])')
def smooth(a):
    out = a.copy()
    for i in range(1, a.shape[0] - 1):
        out[i] = WEIGHTS[0] * a[i - 1] + WEIGHTS[1] * a[i] + WEIGHTS[2] * a[i + 1]
    return out

@cc.export('dijkstra', 'f8[:](f8[:, :], i8)')
def dijkstra(w, src):
    n = w.shape[0]
    dist = np.full(n, np.inf)
    dist[src] = 0.0
    pq = [(0.0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v in range(n):
            if w[u, v] > 0 and d + w[u, v] < dist[v]:
                dist[v] = d + w[u, v]
                heapq.heappush(pq, (dist[v], v))
    return dist

@cc.export('reverse_loop', 'i8(i8[:])')
def reverse_loop(a):
    for i in range(len(a) - 1, -1, -1):
        if a[i] < 0:
            return i
    return -1

@cc.export('rounding', 'Tuple((i8, i8, f8))(f8)')
def rounding(x):
    return math.floor(x), math.ceil(x), round(x, 2)

@cc.export('to_int', 'i8(f8)')
def to_int(x):
    return int(x)

@cc.export('find_first', 'i8(f8[:], f8)')
def find_first(a, v):
    for i in range(a.size):
        if a[i] == v:
            break
    else:
        return -1
    return i

@cc.export('popcount', 'i8(i8)')
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c

@cc.export('as_i4', 'i4[:](f8[:])')
def as_i4(a):
    return a.astype(np.int32)

@cc.export('vnorm', 'f8(f8[:])')
def vnorm(v):
    return np.linalg.norm(v)

@cc.export('sorted_pairs', 'f8(f8[:], f8[:])')
def sorted_pairs(a, b):
    pairs = []
    for i in range(a.shape[0]):
        pairs.append((a[i], b[i]))
    pairs.sort()
    s = 0.0
    for k, (x, y) in enumerate(pairs):
        s += k * x + y
    return s

@cc.export('mat_lit', 'f8[:, :](f8)')
def mat_lit(t):
    c = math.cos(t)
    s = math.sin(t)
    return np.array([[c, -s], [s, c]])

@cc.export('flat_T', 'f8[:](f8[:, :])')
def flat_T(a):
    return a.T.flatten()

@cc.export('reshape_sum', 'f8[:](f8[:], i8)')
def reshape_sum(a, k):
    return a.reshape(-1, k).sum(axis=1)

@cc.export('check_pos', 'f8(f8)')
def check_pos(x):
    assert x > 0, "x must be positive"
    return math.log(x)

@cc.export('isnan_count', 'i8(f8[:])')
def isnan_count(a):
    c = 0
    for x in a:
        if np.isnan(x):
            c += 1
    return c

@cc.export('nested', 'f8(f8, i8)')
def nested(x, n):
    def step(v):
        return 0.5 * (v + x / v)
    g = x if x > 1 else 1.0
    for _ in range(n):
        g = step(g)
    return g

@cc.export('bounded', 'i8(i8)')
def bounded(n):
    if n > N_MAX:
        raise ValueError("n too large")
    total = 0
    for i in range(n):
        total += i * i
    return total


CASES = {
    'path_length': [(np.array([[0.,0.],[3.,4.],[6.,8.]]),), (np.zeros((1,2)),)],
    'moving_average': [(np.arange(10.), 3), (np.arange(3.), 5)],
    'bincount_weighted': [(np.array([0,2,2,1]), np.array([1.,2.,3.,4.]), 3), (np.array([0,5]), np.array([1.,2.]), 3)],
    'argmax2d': [(np.array([[1.,5.],[7.,2.]]),)],
    'normalize_rows': [(np.array([[3.,4.],[0.,0.]]),)],
    'count_primes': [(100,), (1,), (2,)],
    'histogram_fixed': [(np.array([0.1,0.5,0.9,1.5,-1.]), 0.0, 1.0, 4)],
    'cumulative_max': [(np.array([1.,3.,2.,5.,4.]),)],
    'lcs': [(np.array([1,2,3,4,1]), np.array([3,4,1,2,1,3]))],
    'trapz_uniform': [(np.linspace(0,1,11), 0.1)],
    'rk4': [(1.0, 0.1, 10)],
    'clip_inplace': [(np.array([-1.,0.5,2.]), 0.0, 1.0)],
    'pairwise': [(np.arange(6.).reshape(3,2),)],
    'mode_int': [(np.array([3,1,3,2,1]),)],
    'unique_sorted': [(np.array([3,1,3,2,1]),)],
    'f32_poly': [(np.array([0.5,1.25,-2.0], dtype=np.float32),)],
    'mat_vec': [(np.arange(6.).reshape(2,3), np.array([1.,2.,3.]))],
    'softmax': [(np.array([1.,2.,3.]),)],
    'scale01': [(np.array([1.,3.,2.]),), (np.array([2.,2.]),)],
    'smooth': [(np.array([1.,2.,4.,8.]),)],
    'dijkstra': [(np.array([[0,1,4],[1,0,2],[4,2,0.]]), 0)],
    'reverse_loop': [(np.array([1,-2,3,-4,5]),), (np.array([1,2]),)],
    'rounding': [(2.345,), (-2.5,)],
    'to_int': [(3.9,), (float('nan'),), (float('inf'),)],
    'find_first': [(np.array([1.,2.,3.]), 2.0), (np.array([1.,2.]), 5.0)],
    'popcount': [(255,)],
    'as_i4': [(np.array([1.5,-2.5,3e3]),)],
    'vnorm': [(np.array([3.,4.]),)],
    'sorted_pairs': [(np.array([3.,1.,2.]), np.array([1.,2.,3.]))],
    'mat_lit': [(0.5,)],
    'flat_T': [(np.arange(6.).reshape(2,3),)],
    'reshape_sum': [(np.arange(6.), 3), (np.arange(6.), 4)],
    'check_pos': [(2.0,), (-1.0,)],
    'isnan_count': [(np.array([1., np.nan, np.nan]),)],
    'nested': [(2.0, 5)],
    'bounded': [(5,), (20,)],
}
