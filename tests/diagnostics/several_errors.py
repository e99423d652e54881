from pycc import CC
cc = CC('m')

@cc.export('f', 'f8(f8)')
def f(x):
    y = x / 2.0
    z = len({x: y})
    return x if x else "none"

@cc.export('g', 'i8(i8)')
def g(n):
    if n:
        return 1
