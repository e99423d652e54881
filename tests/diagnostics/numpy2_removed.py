import numpy as np
from pycc import CC
cc = CC('m')

# numpy 2 removed these (numba's tests still call them): CPython with
# numpy 2.4 raises AttributeError, so each is a diagnostic naming the
# replacement, never a value numpy would not give.

@cc.export('f', 'f8(f8[:])')
def f(a):
    return a.ptp()

@cc.export('g', 'b1[:](i8[:], i8[:])')
def g(a, b):
    return np.in1d(a, b)

@cc.export('h', 'f8[:](i8[:])')
def h(a):
    return np.asfarray(a)

@cc.export('k', 'f8[:](f8[:])')
def k(a):
    a.itemset(0, 1.0)
    return np.round_(a, 1)
