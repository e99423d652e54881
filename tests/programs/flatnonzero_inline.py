# differential-python: numpy
# `np.flatnonzero(a)`, `np.where(a)[0]` and `np.nonzero(a)[0]` of a 1-d int
# or float array are two loops (a count, then the indices), not numpy's call:
# numpy's indices for every dtype (nan is nonzero, -0.0 is zero), empty
# arrays, no nonzero item, all nonzero, strided views, and the result used as
# an index array (numpy-benchmarks' grouping). n-d and bool arrays keep
# numpy's call.
import numpy as np
from pycc import CC

cc = CC('flatnonzero_inline')


@cc.export('floats', '(f8[:],)')
def floats(a):
    return np.flatnonzero(a), np.where(a)[0], np.nonzero(a)[0], np.flatnonzero(a[::-2])


@cc.export('ints', '(i4[:], u8[:], b1[:])')
def ints(a, b, c):
    return np.flatnonzero(a), np.where(b)[0], np.nonzero(c)[0], np.flatnonzero(a > 2)


@cc.export('grouping', 'Tuple(u4[:], i8[:])(u4[:])')
def grouping(values):
    diff = np.concatenate(([1], np.diff(values)))
    idx = np.concatenate((np.where(diff)[0], [len(values)]))
    return values[idx[:-1]], np.diff(idx)


@cc.export('others', '(f8[:, :],)')
def others(m):
    return np.flatnonzero(m), np.flatnonzero(m.T), np.where(m[0])[0]


@cc.export('count', 'i8(f4[:])')
def count(a):
    k = 0
    for i in np.flatnonzero(a):
        k += i
    return k + len(np.flatnonzero(a[1:]))


NAN = float('nan')
CASES = {
    'floats': [lambda: (np.array([0.0, -0.0, NAN, 1.5, 0.0, -2.0, np.inf]),), lambda: (np.zeros(0),),
               lambda: (np.zeros(5),), lambda: (np.ones(7),)],
    'ints': [lambda: (np.array([0, 3, -1, 0, 5], dtype=np.int32), np.array([0, 2**64 - 1, 0], dtype=np.uint64),
                      np.array([True, False, True])),
             lambda: (np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=bool))],
    'grouping': [lambda: (np.array([1, 1, 2, 5, 5, 5, 9], dtype=np.uint32),), lambda: (np.array([4], dtype=np.uint32),),
                 lambda: (np.sort(np.random.default_rng(0).integers(0, 50, 1000).astype(np.uint32)),),
                 lambda: (np.zeros(0, dtype=np.uint32),)],
    'others': [lambda: (np.array([[0.0, 1.0], [NAN, 0.0]]),), lambda: (np.zeros((0, 3)),)],
    'count': [lambda: (np.array([0.0, 1.0, -0.0, NAN, 3.0], dtype=np.float32),), lambda: (np.zeros(0, dtype=np.float32),)],
}
