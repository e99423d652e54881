# differential-python: numpy
# Module-level arrays made by module code: a permutation's inverse computed
# from another module array, a table filled by a module-level loop, an array
# of a helper's values. numba freezes each as the module left it; pycc runs
# the module-level statements they need in the build's Python
# (syntax/modeval.rs) and freezes the values.
import numpy as np
from numba.pycc import CC
import numba

cc = CC('me')

PERM = np.array([(7 * i) % 16 for i in range(16)], dtype=np.int64)
INVPERM = np.array([list(PERM).index(i) for i in range(16)], dtype=np.int64)

LUT = np.zeros(64)
for k in range(64):
    LUT[k] = np.log1p(np.exp(-k / 8.0))


def scale(x):
    return 2.0 * x


TABLE = np.array([scale(v) for v in (0.5, 1.5, np.inf)])

# Filled by a function that module code calls; the function reads a module
# constant through another function (two levels), bound after both defs.
SQ = np.zeros(8)


def square_of(i):
    return i * i + OFFSET


def fill_squares():
    for i in range(SQ.shape[0]):
        SQ[i] = square_of(i)


OFFSET = 0.25
fill_squares()


@cc.export('inv', 'i8(i8)')
def inv(i):
    return INVPERM[i % 16]


@cc.export('lut', 'f8(f8)')
def lut(x):
    k = int(x * 8.0)
    if k >= 64:
        return 0.0
    return LUT[k]


@cc.export('sq', 'f8(i8)')
def sq(i):
    return SQ[i % 8]


@cc.export('tab', 'f8(i8)')
def tab(i):
    return TABLE[i] + LUT.sum()


if __name__ == '__main__':
    # Never part of the slice: it would change SQ as pycc froze it.
    SQ[:] = -1.0
    cc.compile()

CASES = {
    'inv': [(0,), (5,), (15,), (-3,)],
    'lut': [(0.0,), (1.3,), (7.99,), (100.0,)],
    'tab': [(0,), (2,), (-1,)],
    'sq': [(0,), (3,), (7,), (-1,)],
}
