from pycc import CC

cc = CC('shadowed')
abs = 3


@cc.export('f', 'f8(f8)')
def f(x):
    return abs(x)
