import numpy as np
from pycc import CC

cc = CC('reduction_dtype')


@cc.export('f', 'f8(i8[:])')
def f(a):
    return np.mean(a, dtype=np.int64)
