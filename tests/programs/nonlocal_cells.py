# differential-python: numpy
# `nonlocal` in nested functions: the enclosing variable is shared (a cell)
# by the outer function and every nested function that reads or assigns
# it, as CPython's closures share it; a nested function that binds the
# same name without `nonlocal` has its own local.
import numpy as np
from pycc import CC

cc = CC('nonlocal_cells_prog')


@cc.export('counter', 'i8(i8)')
def counter(n):
    count = 0
    total = 0.5

    def bump(x):
        nonlocal count, total
        count += x
        total = total * 2
        return count

    def peek():
        return count

    for i in range(n):
        bump(i)
    return bump(n) + peek() + int(total) + count


@cc.export('split_state', 'i8(i8[:], i8)')
def split_state(a, k):
    # Two results handed back through nonlocal variables, as a split
    # routine of a tree does.
    ret_left = 0
    ret_right = 0

    def split(lo, hi):
        nonlocal ret_left, ret_right
        s = 0
        for i in range(lo, hi):
            s += a[i]
        if k > 0:
            ret_left = s
        else:
            ret_right = s

    def own():
        # Its own local: not the enclosing variable.
        ret_left = 100
        return ret_left

    split(0, len(a) // 2)
    left = ret_left
    split(len(a) // 2, len(a))
    return left * 1000 + ret_left * 10 + ret_right + own()


@cc.export('stack_depth', 'i8(i8)')
def stack_depth(n):
    depth = 0
    best = 0

    def push():
        nonlocal depth, best
        depth += 1
        if depth > best:
            best = depth

    def pop():
        nonlocal depth
        depth -= 1

    for i in range(n):
        if i % 3 == 2:
            pop()
        else:
            push()
    return best * 100 + depth


CASES = {
    'counter': [(0,), (1,), (5,), (10,)],
    'split_state': [(np.array([1, 2, 3, 4, 5], dtype=np.int64), 1),
                    (np.array([1, 2, 3, 4, 5], dtype=np.int64), 0),
                    (np.array([], dtype=np.int64), 3)],
    'stack_depth': [(0,), (1,), (7,), (30,)],
}
