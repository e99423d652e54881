from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(UniTuple(c16, 2))')
def f(t):
    return 0.0
