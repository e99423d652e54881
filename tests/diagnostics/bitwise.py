from pycc import CC
cc = CC('m')

@cc.export('shift', 'i8(i8, i8)')
def shift(a, b):
    return a >> b
