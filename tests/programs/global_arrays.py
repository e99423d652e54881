# differential-python: numpy
# Module-level numpy arrays of constants, read by exports: numba freezes a
# global array as a read-only constant (pycc rebuilds it from the same
# numpy call on the same constants).
import numpy as np
from numba.pycc import CC

cc = CC('global_arrays')

N = 3
COEF = np.array([1.0, 2.0, 3.0])
GRID = np.linspace(0.0, 1.0, 5)
IDX = np.arange(N * 2, dtype=np.int64)
M = np.array([[1, 2], [3, 4]], dtype=np.float32)
DIRS = np.array([[0, 1], [1, 0], [0, -1], [-1, 0]])
ONES = np.ones((2, 3))
LUT = np.arange(16, dtype=np.int64) ** 2
GRID_T = -np.arange(6.0).reshape(2, 3).T * 0.5 + 1
THIRDS = (np.ones(4) / 3).astype(np.float32)


@cc.export('pick', 'f8(i8)')
def pick(n):
    return COEF[n % 3] + GRID[n % 5] + IDX[n % 6]


@cc.export('table', 'f8()')
def table():
    s = 0.0
    for i in range(2):
        for j in range(2):
            s += M[i, j] * (i + 1)
    return s + DIRS[:, 0].sum() + DIRS.shape[0] + ONES.sum()


@cc.export('scale', 'f8[:](f8[:])')
def scale(a):
    return a * COEF


@cc.export('walk', 'i8(i8, i8)')
def walk(x, y):
    # A frozen array that a function also shadows locally stays local there.
    total = 0
    for k in range(DIRS.shape[0]):
        total += (x + DIRS[k, 0]) * (y + DIRS[k, 1])
    return total


@cc.export('shadow', 'f8()')
def shadow():
    COEF = np.zeros(3)
    COEF[1] = 5.0
    return COEF.sum()


@cc.export('expressions', 'f8(i8)')
def expressions(i):
    return LUT[i & 15] + GRID_T[i % 3, i % 2] + THIRDS[i % 4] + GRID_T.shape[0]


CASES = {
    'pick': [(n,) for n in range(8)],
    'table': [()],
    'scale': [(np.ones(3),), (np.arange(3.0),)],
    'walk': [(0, 0), (3, -2)],
    'shadow': [()],
    'expressions': [(n,) for n in (0, 5, 17, -3)],
}
