import numpy as np
from numba import types
from numba.typed import Dict
from pycc import CC

cc = CC('dict_containers')


@cc.export('array_values', 'f8(i8)')
def array_values(n):
    d = Dict.empty(key_type=types.int64, value_type=types.float64[:])
    for k in range(n):
        d[k] = np.zeros(3)
        d[k][0] += 1.5
    return d[0][0]


@cc.export('list_of_dicts', 'f8(i8)')
def list_of_dicts(n):
    ds = []
    for k in range(n):
        d = {1: 2.0}
        d[k] = 1.5 * k
        ds.append(d)
    return ds[0][1]
