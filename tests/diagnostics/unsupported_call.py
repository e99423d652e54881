from pycc import CC
import math
cc = CC('m')

@cc.export('f', 'f8(f8)')
def f(x):
    y = math.factorial(x)
    h = helper(x) + abs(x, 2)
    return h + y

@cc.export('g', 'i8(i8, f8[:])')
def g(n, a):
    if n < 0:
        raise MyError("negative")
    raise ValueError(n, a)
