from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(UniTuple(f8, 0))')
def f(t):
    return 1.0
