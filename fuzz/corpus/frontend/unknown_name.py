from pycc import CC
import math
cc = CC('m')
scale = 2.0
scale = 3.0

@cc.export('f', 'f8(f8)')
def f(a):
    return a * scale
