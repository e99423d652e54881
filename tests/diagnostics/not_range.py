from pycc import CC
cc = CC('m')

@cc.export('total', 'f8(f8)')
def total(x):
    s = 0.0
    for v in abs(x):
        s += v
    return s
