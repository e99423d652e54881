import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'f8[:](f8[:])')
def f(ds):
    # `type` of an array is np.ndarray, no dtype (numpy raises TypeError).
    out = np.zeros(ds.shape[0], dtype=type(ds))
    return out
