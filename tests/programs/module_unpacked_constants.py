# differential-python: numpy
# Module-level constants bound by unpacking: column indices named by
# `a, b, c = np.arange(3)` (a common idiom for table columns) and tuples or
# lists of constant expressions, read by the exported functions.
import numpy as np
from pycc import CC

cc = CC('module_unpacked_constants_prog')

SRC_COL, DST_COL, \
    VAL_COL = \
    np.arange(3)
LO, HI = np.arange(4, 6)
SCALE, OFFSET = 2.5, -1
WIDTH, HEIGHT = [3 * 4, 10**2]
MOD = 10**9 + 7
P, Q = MOD - 1, MOD // 2


@cc.export('column_sum', 'i8(i8[:, :])')
def column_sum(table):
    total = 0
    for i in range(table.shape[1]):
        total += table[SRC_COL][i] * 100 + table[DST_COL][i] * 10 + table[VAL_COL][i]
    return total


@cc.export('affine', 'f8(f8)')
def affine(x):
    return x * SCALE + OFFSET + LO * HI


@cc.export('sizes', 'i8(i8)')
def sizes(k):
    return WIDTH * HEIGHT + k * P - Q


CASES = {
    'column_sum': [(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=np.int64),),
                   (np.arange(12, dtype=np.int64).reshape(3, 4),)],
    'affine': [(0.0,), (1.5,), (-3.25,)],
    'sizes': [(0,), (7,), (-2,)],
}
