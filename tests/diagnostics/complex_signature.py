from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(Tuple(UniTuple(c16[:], 2), f8))')
def f(t):
    return 0.0
