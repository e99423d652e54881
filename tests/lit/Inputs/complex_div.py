import numpy as np
from pycc import CC

cc = CC('complex_div_lit')


@cc.export('normalize', 'c16[:](c16[:], f8)')
def normalize(a, m):
    return a / m


@cc.export('chain', 'c16[:](c16[:], c16[:], c16[:])')
def chain(z, w, x):
    return -(z - w) + np.conj(x)
