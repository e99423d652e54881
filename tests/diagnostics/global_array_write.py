import numpy as np
from numba.pycc import CC

cc = CC('global_array_write')

TABLE = np.zeros(4)


@cc.export('bump', 'f8(i8)')
def bump(i):
    TABLE[i] += 1.0
    return TABLE[i]
