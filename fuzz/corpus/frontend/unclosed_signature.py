from pycc import CC
cc = CC('m')

@cc.export('f', "f8(f8, f8")
def f(a, b):
    return a
