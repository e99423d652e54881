import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('f', 'f8(f8[:, :])')
def f(a):
    # A `nonlocal` array keeps one dtype and number of dimensions (numba
    # types the variable once).
    def flat():
        nonlocal a
        a = a.ravel()

    flat()
    return a[0]
