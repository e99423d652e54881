from pycc import CC
cc = CC('m')
cc.overflow = 'saturate'

@cc.export('f', 'i4(i4)')
def f(a):
    return a
