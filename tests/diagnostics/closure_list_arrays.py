# A nested function filling the enclosing function's list of arrays is a
# helper given the caller's list: it may not put arrays of another type
# into it (the caller reads the items as its own type).
import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('solve', 'i8(i8)')
def solve(n):
    tables = [np.zeros(n)]

    def init(m):
        table = np.zeros((m, 4), dtype=np.int64)
        tables.append(table)
        return len(tables) - 1

    k = init(n)
    return k


def grow(T, a):
    T.append(a[::2])


@cc.export('views', 'i8(f8[:])')
def views(a):
    T = [a.copy()]
    grow(T, a)
    return len(T)

