# corpus: written for pycc after a public GitHub file, code-index id 71389398161 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); grid game locations as int tuples: module-level tuples of tuples, a list comprehension of tuples returned
from numba import types, njit, int64
from typing import Tuple, List
import numpy as np
from numba.pycc import CC

cc = CC('grid_location_tuples')

DIRECTION_DOWN = (1, 0)
DIRECTION_UP = (-1, 0)
DIRECTION_LEFT = (0, -1)
DIRECTION_RIGHT = (0, 1)

CARDINALS = (
    DIRECTION_UP,
    DIRECTION_DOWN,
    DIRECTION_LEFT,
    DIRECTION_RIGHT,
)

location_type = types.UniTuple(types.int64, 2)
move_type = types.Tuple([types.int64, types.int64, types.int64, types.boolean])


@cc.export('square_region', '(UniTuple(i8, 2), i8)')
@njit
def square_region(loc: Tuple[int, int], radius: int) -> np.ndarray:
    size = (2 * radius + 1)**2
    cells = np.empty((size, 2), dtype=int64)
    idx=0
    for dr in range(-radius, radius + 1):
        for dc in range(-radius, radius + 1):
            cells[idx,0] = loc[0] + dr
            cells[idx,1] = loc[1] + dc
            idx+=1
    return cells


@cc.export('neighbors', '(UniTuple(i8, 2), b1)')
@njit
def neighbors(loc: Tuple[int, int], allow_diagonals: bool = False) -> List[Tuple[int, int]]:
    return [(loc[0] + d[0], loc[1] + d[1]) for d in CARDINALS]


@cc.export('add', '(UniTuple(i8, 2), UniTuple(i8, 2))')
@njit
def add(loc: Tuple[int, int], direction: Tuple[int, int]) -> Tuple[int, int]:
    return (loc[0] + direction[0], loc[1] + direction[1])


@cc.export('manhattan', '(UniTuple(i8, 2), UniTuple(i8, 2))')
@njit
def manhattan(a: Tuple[int, int], b: Tuple[int, int]) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


@cc.export('nearest', '(UniTuple(i8, 2), i8[:, :])')
@njit
def nearest(loc, targets):
    best = -1
    best_d = 1 << 62
    for k in range(targets.shape[0]):
        d = manhattan(loc, (targets[k, 0], targets[k, 1]))
        if d < best_d:
            best, best_d = k, d
    return best, best_d
