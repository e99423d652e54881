import numpy as np
from numba import types
from numba.typed import Dict
from pycc import CC

cc = CC('dict_containers')


@cc.export('list_of_dicts', 'f8(i8)')
def list_of_dicts(n):
    ds = []
    for k in range(n):
        d = {1: 2.0}
        d[k] = 1.5 * k
        ds.append(d)
    return ds[0][1]
