# A recursive helper with no `return <value>` (an in-place quicksort, a
# depth-first fill) returns None: its recursive calls need no declared
# return type (numba infers none). Also an export whose signature gives
# only the arguments, with no return at all.
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('recursive_void')


def _qs(a, lo, hi):
    if lo < hi:
        p = a[hi]
        i = lo - 1
        for j in range(lo, hi):
            if a[j] <= p:
                i += 1
                a[i], a[j] = a[j], a[i]
        a[i + 1], a[hi] = a[hi], a[i + 1]
        _qs(a, lo, i)
        _qs(a, i + 2, hi)


@cc.export('quicksort', 'void(f8[:])')
def quicksort(a):
    _qs(a, 0, len(a) - 1)


@cc.export('sorted_copy', 'f8[:](f8[:])')
def sorted_copy(a):
    b = a.copy()
    _qs(b, 0, len(b) - 1)
    return b


def _fill(grid, i, j, old, new):
    if i < 0 or j < 0 or i >= grid.shape[0] or j >= grid.shape[1]:
        return
    if grid[i, j] != old:
        return None
    grid[i, j] = new
    _fill(grid, i + 1, j, old, new)
    _fill(grid, i - 1, j, old, new)
    _fill(grid, i, j + 1, old, new)
    _fill(grid, i, j - 1, old, new)


@cc.export('flood', 'i8(i8[:, :], i8, i8, i8)')
def flood(grid, i, j, new):
    if grid[i, j] != new:
        _fill(grid, i, j, grid[i, j], new)
    return np.sum(grid == new)


def _count_down(out, k):
    if k == 0:
        return
    out[k - 1] += k
    _count_down(out, k - 1)


@cc.export('count_down', '(f8[:], i8)')
def count_down(out, k):
    _count_down(out, k)


CASES = {
    'quicksort': [(np.array([3.0, 1.0, 2.0, -5.0, 2.0]),), (np.array([1.0]),), (np.array([], dtype=np.float64),),
                  (np.array([np.inf, -0.0, 0.0, -np.inf]),)],
    'sorted_copy': [(np.array([9.0, 7.0, 8.0, 1.0, 1.5]),), (np.arange(10.0)[::-1].copy(),)],
    'flood': [(np.array([[1, 1, 0], [0, 1, 0], [1, 1, 1]]), 0, 0, 5), (np.array([[1, 0], [0, 1]]), 1, 1, 1),
              (np.zeros((3, 4), dtype=np.int64), 2, 3, 7)],
    'count_down': [(np.zeros(4), 4), (np.ones(3), 0)],
}
