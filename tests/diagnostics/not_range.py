from pycc import CC
cc = CC('m')

@cc.export('total', 'f8(f8)')
def total(x):
    s = 0.0
    for v in {1.0, 2.0, x}:
        s += v
    return s
