import numpy as np
from pycc import CC

cc = CC('forward_temps_lit')


@cc.export('rosen', 'f8(f8[:])')
def rosen(x):
    t0 = 100 * (x[1:] - x[:-1] ** 2) ** 2
    t1 = (1 - x[:-1]) ** 2
    return np.sum(t0 + t1)


@cc.export('kept', 'f8(f8[:])')
def kept(a):
    t = a * 2.0
    a[0] = 100.0
    return np.sum(t)
