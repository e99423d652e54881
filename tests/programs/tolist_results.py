# differential-python: numpy
# Exports returning `a.tolist()` (numba does not compile it; CPython does):
# numpy's own nested lists of Python numbers, for 1-d, 2-d and 3-d arrays
# of float, int, bool, float32 and uint64 dtypes, views and empty arrays,
# and on several paths of one export.
import numpy as np
from pycc import CC

cc = CC("tolist_results")


@cc.export("scaled", "(f8[:], f8)")
def scaled(a, k):
    return (a * k).tolist()


@cc.export("matrix", "(i8[:, :],)")
def matrix(m):
    out = m.copy()
    for i in range(out.shape[0]):
        out[i, 0] += 1
    return out.tolist()


@cc.export("transposed", "(f4[:, :],)")
def transposed(m):
    return m.T.tolist()


@cc.export("cube", "(i8,)")
def cube(n):
    c = np.arange(n * 2 * 3).reshape((n, 2, 3))
    return c.tolist()


@cc.export("masks", "(f8[:],)")
def masks(a):
    return (a > 0).tolist()


@cc.export("big", "(u8[:],)")
def big(a):
    return a.tolist()


@cc.export("either", "(f8[:, :], b1)")
def either(m, rows):
    if rows:
        return m[:1].tolist()
    return m[:, :1].tolist()


M = np.array([[1.5, -2.0, 3.25], [0.0, -0.0, 7.0]])
CASES = {
    "scaled": [(np.array([1.0, 2.5, -3.0]), 2.0), (np.zeros(0), 1.0)],
    "matrix": [(np.arange(6).reshape(2, 3),), (np.zeros((0, 3), dtype=np.int64),)],
    "transposed": [(np.arange(6, dtype=np.float32).reshape(2, 3) / 3,)],
    "cube": [(0,), (2,)],
    "masks": [(np.array([1.0, -1.0, 0.0, np.nan]),)],
    "big": [(np.array([0, 2**64 - 1, 2**63], dtype=np.uint64),)],
    "either": [(M, True), (M, False)],
}
