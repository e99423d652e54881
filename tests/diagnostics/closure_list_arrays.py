# A list that only a nested function fills with arrays: the nested function
# is a helper given the list, and a list of arrays cannot be passed between
# functions yet (the diagnostic says so at the array put in).
import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('solve', 'i8(i8)')
def solve(n):
    tables = []

    def init(m):
        table = np.zeros((m, 4), dtype=np.int64)
        tables.append(table)
        return len(tables) - 1

    k = init(n)
    return k
