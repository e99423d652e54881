import numpy as np
from pycc import CC

cc = CC('fused_sum')


@cc.export('sum_sq', 'f8(f8[:], f8[:])')
def sum_sq(a, b):
    return np.sum(a * b)


@cc.export('row_sums', 'f8[:](f8[:, :])')
def row_sums(x):
    return np.sum(x * x, axis=-1)
