from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(Tuple(i8, f8))')
def f(t):
    s = 0.0
    for v in t:
        s += v
    return s
