# A module-level tuple is frozen as a tuple variable of each function that
# reads it; a variable index into it, or a nested tuple, is not supported yet.
from pycc import CC

cc = CC('module_tuple_index')
DX = (0, 1, 0, -1)
DIRS = ((0, 1), (1, 0))


@cc.export('step', 'i8(i8)')
def step(i):
    return DX[i]


@cc.export('pairs', 'i8()')
def pairs():
    return len(DIRS)
