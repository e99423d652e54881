from pycc import CC
from numpy import searchsorted as ss
cc = CC('m')

@cc.export('f', 'i8(f8[:], f8)')
def f(a, x):
    return ss(a, x)
