from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(UniTuple(f8, 2))')
def f(t):
    return t[2] + t
