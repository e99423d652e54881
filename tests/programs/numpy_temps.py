# differential-python: numpy
# Temporaries used as values: a helper's array or tuple result inside an
# expression, indexed, with a method, stored and in place; np.histogram;
# `~` of bool and int arrays; len() of an array expression; `@` of 1-d and
# 2-d arrays; a `while True:` whose only exit is a return. numpy is the
# oracle (values, dtypes, errors, the order of printed side effects).
import numpy as np
from pycc import CC

cc = CC('numpy_temps')


def laplacian(grid):
    return np.roll(grid, +1, 0) + np.roll(grid, -1, 0) + np.roll(grid, +1, 1) + np.roll(grid, -1, 1) - 4 * grid


@cc.export('evolve', 'f8[:, :](f8[:, :], f8)')
def evolve(grid, dt):
    return grid + dt * 1 * laplacian(grid)


def clip(x):
    w = np.zeros(x.shape)
    for i in range(x.shape[0]):
        if x[i] > 0:
            w[i] = x[i]
    return w


@cc.export('clip_mean', 'f8(f8, f8[:])')
def clip_mean(x, u):
    n = len(u)
    return clip(np.full(u.shape, x, dtype=np.float64) - u).sum() / n - x


def squares(n):
    return np.arange(n) ** 2


def pair(n):
    return np.arange(n), n * 2.5


@cc.export('index_result', 'f8(i8)')
def index_result(n):
    return squares(n)[n - 1] + pair(n)[1] + pair(n)[0][0] + len(pair(n)[0])


@cc.export('twice', 'f8[:](f8[:])')
def twice(u):
    return clip(u) + clip(u - 1.0) * 2.0


@cc.export('store_rows', 'f8[:, :](f8[:, :])')
def store_rows(v):
    out = np.empty_like(v)
    for i in range(v.shape[0]):
        out[i, :] = clip(v[i])
    out += clip(v[0])
    return out


def show(a, k):
    print('show', k)
    return a * k


@cc.export('order', 'f8[:](f8[:])')
def order(a):
    return show(a, 1.0) - show(a, 2.0)


@cc.export('hist_counts', 'i8[:](f8[:], i8)')
def hist_counts(a, bins):
    return np.histogram(a - 0.5, bins)[0]


@cc.export('hist_edges', 'f8[:](f8[:], i8)')
def hist_edges(a, bins):
    return np.histogram(a, bins)[1]


@cc.export('hist_array_bins', 'i8[:](f8[:], f8[:])')
def hist_array_bins(a, edges):
    total = np.zeros(edges.size - 1, dtype=np.int64)
    for k in range(3):
        total = total + np.histogram(a * k, edges)[0]
    return total


@cc.export('hist_unpack', 'f8(f8[:])')
def hist_unpack(a):
    counts, edges = np.histogram(a)
    return counts[0] + edges[-1] + len(counts)


@cc.export('invert_bool', 'b1[:](f8[:])')
def invert_bool(a):
    mask = (a > 0.0) & (a < 5.0)
    return ~mask


@cc.export('invert_int', 'i4[:](i4[:])')
def invert_int(a):
    return ~a


@cc.export('invert_uint', 'u1[:](u1[:])')
def invert_uint(a):
    return ~(a + np.uint8(1))


@cc.export('masked_len', 'i8(f8[:], f8)')
def masked_len(mu, t):
    mask = mu > t
    if len(mu[mask]) == 0:
        return -1
    return len(mu[mask]) + len(mu[~mask]) * 100 + len(mu + 1.0) * 10000


@cc.export('matvec', 'f8[:](f8[:])')
def matvec(v):
    n = len(v)
    return v - np.ones((n, n)) @ v / n + np.ones(n) / n


@cc.export('matmat', 'f8[:, :](f8[:, :], f8[:, :])')
def matmat(a, b):
    return a @ b + 1.0


@cc.export('vecvec', 'f8(f8[:], f8[:])')
def vecvec(a, b):
    return a @ b


@cc.export('newton', 'f8(f8)')
def newton(x):
    while True:
        y = x - (x * x - 2.0) / (2.0 * x)
        if abs(y - x) < 1e-12:
            return y
        x = y


CASES = {
    'evolve': [(np.arange(12.0).reshape(3, 4), 0.1), (np.zeros((2, 2)), 1.0)],
    'clip_mean': [(0.5, np.array([0.1, 0.9, -2.0, 3.0])), (-1.0, np.array([1.0]))],
    'index_result': [(3,), (1,), (0,)],
    'twice': [(np.array([-1.0, 0.5, 2.0, 3.5]),)],
    'store_rows': [(np.array([[1.0, -2.0], [3.0, 0.25]]),)],
    'order': [(np.array([1.0, 2.0]),)],
    'hist_counts': [(np.array([0.0, 1.0, 1.5, 2.0, 7.0]), 3), (np.array([1.0, 2.0]), 0), (np.array([np.nan, 1.0]), 2)],
    'hist_edges': [(np.array([0.0, 1.0, 1.5, 2.0, 7.0]), 4), (np.array([3.0]), 2)],
    'hist_array_bins': [(np.array([0.5, 1.0, 1.5, 2.5]), np.array([0.0, 1.0, 2.0, 4.0])), (np.array([1.0]), np.array([2.0, 1.0]))],
    'hist_unpack': [(np.array([0.0, 1.0, 1.5, 2.0, 7.0]),), (np.zeros(0),)],
    'invert_bool': [(np.array([-1.0, 0.5, 6.0, np.nan]),)],
    'invert_int': [(np.array([0, -1, 5, 2147483647], dtype=np.int32),)],
    'invert_uint': [(np.array([0, 1, 254, 255], dtype=np.uint8),)],
    'masked_len': [(np.array([1.0, 5.0, 3.0]), 2.0), (np.array([1.0]), 4.0)],
    'matvec': [(np.array([0.25, 0.5, 0.25]),), (np.array([1.0, 2.0]),)],
    'matmat': [(np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(3, 2)), (np.ones((2, 2)), np.ones((3, 1)))],
    'vecvec': [(np.array([1.0, 2.0]), np.array([3.0, 4.0])), (np.array([1.0]), np.array([3.0, 4.0]))],
    'newton': [(1.0,), (10.0,)],
}
