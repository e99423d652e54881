# A module-level tuple is frozen as a tuple variable of each function that
# reads it; a variable index works when its elements have one type (numba's
# UniTuple), not into a tuple of mixed elements.
from pycc import CC

cc = CC('module_tuple_index')
MIXED = (0, 1.5, 2)
DIRS = ((0, 1), (1, 0.5))


@cc.export('step', 'i8(i8)')
def step(i):
    return MIXED[i]


@cc.export('pairs', 'f8(i8)')
def pairs(k):
    dx, dy = DIRS[k]
    return dx + dy


@cc.export('real_index', 'i8(f8)')
def real_index(x):
    return DIRS[0][x]
