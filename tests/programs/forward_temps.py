# differential-python: numpy
# Single-use array temporaries folded into their use (src/sema/ndarray/forward.rs):
# `t0 = ...; t1 = ...; return np.sum(t0 + t1)` is one fused loop, bit for
# bit numpy's. The cases where folding would change what the program does
# (a store or a call in between, two reads, errors in another order) keep
# the temporary; each has inputs on which a wrong fold gives another result.
import numpy as np
from pycc import CC

cc = CC('forward_temps_prog')


@cc.export('rosen', 'f8(f8[:])')
def rosen(x):
    t0 = 100 * (x[1:] - x[:-1] ** 2) ** 2
    t1 = (1 - x[:-1]) ** 2
    return np.sum(t0 + t1)


@cc.export('dist', 'f8(f8[:], f8[:])')
def dist(a, b):
    d = a - b
    return np.sqrt(np.sum(d ** 2))


@cc.export('store_between', 'f8(f8[:])')
def store_between(a):
    t = a * 2.0
    a[0] = 100.0
    return np.sum(t)


@cc.export('call_between', 'f8(f8[:])')
def call_between(a):
    t = a * 2.0
    a.sort()
    return np.sum(t * np.arange(a.size))


@cc.export('two_reads', 'f8[:](f8[:])')
def two_reads(a):
    t = np.exp(a) - 1.0
    return t * t


@cc.export('swapped', 'f8(f8[:], f8[:], f8[:], f8[:])')
def swapped(a, b, c, d):
    t0 = a + b
    t1 = c * d
    return np.sum(t1 - t0)


@cc.export('into_store', 'f8[:](f8[:], f8[:])')
def into_store(a, b):
    out = np.zeros(a.size)
    t = np.abs(a - b)
    out[:] = t * 0.5 + 1.0
    return out


@cc.export('self_store', 'f8[:](f8[:])')
def self_store(a):
    t = a[::-1] * 2.0
    a[:] = t + 1.0
    return a


@cc.export('accumulate', 'f8(f8[:, :], f8[:])')
def accumulate(m, w):
    s = 0.0
    for i in range(m.shape[0]):
        r = m[i] * w
        s += np.sum(r) / 3.0
    return s


@cc.export('mean_method', 'f8(f8[:, :], f8[:])')
def mean_method(m, v):
    centered = m.T - v
    return (centered * centered).mean()


@cc.export('int_temps', 'i4[:](i4[:], i8)')
def int_temps(a, k):
    t = a * 3
    u = t - k
    return u // 2


@cc.export('quiet_between', 'f8(f8[:], f8)')
def quiet_between(a, c):
    t = a / c
    n = 3
    return np.sum(t * n)


@cc.export('rebound_between', 'f8(f8[:], f8)')
def rebound_between(a, c):
    t = a * c
    c = 0.5
    return np.sum(t + c)


def R(n, seed):
    return np.random.default_rng(seed).standard_normal(n)


CASES = {
    'rosen': [(np.arange(1000, dtype=np.float64),), (R(0, 1),), (R(1, 1),), (R(257, 2),)],
    'dist': [(R(100, 1), R(100, 2)), (R(5, 1), R(1, 2)), (R(3, 1), R(4, 2))],
    'store_between': [(R(10, 3),)],
    'call_between': [(R(10, 4),)],
    'two_reads': [(R(9, 5),)],
    'swapped': [(R(4, 1), R(4, 2), R(4, 3), R(4, 4)), (R(2, 1), R(3, 2), R(4, 3), R(5, 4))],
    'into_store': [(R(6, 1), R(6, 2)), (R(6, 1), R(2, 2))],
    'self_store': [(R(7, 6),)],
    'accumulate': [(R(12, 7).reshape(3, 4), R(4, 8)), (R(12, 7).reshape(4, 3), R(4, 8))],
    'mean_method': [(R(12, 7).reshape(3, 4), R(3, 8))],
    'int_temps': [(np.arange(-5, 5, dtype=np.int32), 7), (np.array([2**30, -2**30], dtype=np.int32), 2**40)],
    'quiet_between': [(R(9, 9), 0.0), (R(9, 9), 3.0)],
    'rebound_between': [(R(9, 9), 2.0)],
}
