from pycc import CC
from numpy import einsum as flip
cc = CC('m')

@cc.export('f', 'f8[:, :](f8[:, :])')
def f(a):
    return flip(a)
