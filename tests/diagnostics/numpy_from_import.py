from pycc import CC
from numpy import sqrt as root
cc = CC('m')

@cc.export('f', 'f8(f8)')
def f(x):
    return root(x)
