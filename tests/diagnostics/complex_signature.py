from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(c16[:])')
def f(a):
    return 0.0
