import numpy as np
from pycc import CC

cc = CC('complex_sum_walk_lit')


@cc.export('filt2', 'c16(c16[:, :], c16[:, :])')
def filt2(x, w):
    return np.sum(x * np.conj(w))
