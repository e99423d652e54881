# differential-python: numpy
# A variable some path leaves unset, read only where Python reads it: after
# `or`/`and` (`first or x < best`) or in a conditional arm. pycc computes
# pure operands of and/or without branches, but not such a read (it would
# raise UnboundLocalError where CPython never reads the name).
import numpy as np
from pycc import CC

cc = CC('unset_speculation_prog')


@cc.export('running_min', 'f8(f8[:])')
def running_min(a):
    first = True
    for x in a:
        if first or x < best:
            best = x
            first = False
    return best


@cc.export('guarded', 'i8(i8)')
def guarded(n):
    if n > 0:
        k = n * 2
    ok = n > 0 and k > 5
    return 1 if ok else (k if n > 100 else 0)


CASES = {
    'running_min': [(np.array([3.0, -1.0, 4.0, -1.0]),), (np.array([2.0]),), (np.array([]),)],
    'guarded': [(0,), (2,), (3,), (-1,)],
}
