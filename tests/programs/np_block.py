# differential-python: numpy
# np.block of array names: a nested list of 2-d blocks, 1-d rows lifted
# to 2-d, one flat list (1-d or 2-d items), mixed dtypes (numpy's
# result_type), F-ordered inputs, and numpy's ValueError for blocks whose
# extents do not fit.
import numpy as np
from pycc import CC

cc = CC("np_block")


@cc.export("grid", "(f8[:,:], f8[:,:], i8[:,:], f4[:,:])")
def grid(a, b, c, d):
    return np.block([[a, b], [c, d]])


@cc.export("rows", "(f8[:], f8[:], i8[:])")
def rows(x, y, z):
    m = np.block([[x, y], [z, x]])
    return m, m.sum()


@cc.export("flat", "(f4[:], f4[:], f8[:,:], f8[:,:])")
def flat(x, y, a, b):
    return np.block([x, y]), np.block([a, b])


@cc.export("mixed_rows", "(f8[:,:], f8[:])")
def mixed_rows(a, v):
    return np.block([[a], [v]]) * 2.0


A = np.arange(4.0).reshape(2, 2)
B = np.ones((2, 3))
C = np.arange(5).reshape(1, 5)
D = np.full((1, 0), 7.0, dtype=np.float32)
F = np.asfortranarray(np.arange(6.0).reshape(2, 3))
CASES = {
    "grid": [(A, B, C, D), (A, B, C[:, :4], D), (F, F, np.ones((2, 6), dtype=np.int64), np.ones((2, 0), np.float32))],
    "rows": [(np.ones(2), np.zeros(3), np.arange(2)), (np.ones(2), np.zeros(3), np.arange(5))],
    "flat": [(np.ones(2, np.float32), np.zeros(1, np.float32), A, B), (np.ones(0, np.float32), np.zeros(0, np.float32), A, C.astype(float))],
    "mixed_rows": [(B, np.arange(3.0)), (B, np.arange(2.0))],
}
