from pycc import CC
cc = CC('m')

@cc.export('half', 'b1(i4)')
def half(a):
    return a * 0.5
