from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(Tuple(c16[:], f8))')
def f(t):
    return 0.0
