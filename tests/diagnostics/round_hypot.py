from pycc import CC
import math
cc = CC('m')

@cc.export('f', 'i8(i8, i8)')
def f(x, n):
    return round(x, n) + round(x, -19)

@cc.export('g', 'f8(f8, f8)')
def g(x, y):
    return math.hypot(x, y, x, y, x) + round(x, y) + round(x, 1, 2)
