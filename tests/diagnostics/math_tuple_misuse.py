import math
from pycc import CC
cc = CC('math_tuple_misuse')

@cc.export('f', 'f8(f8, f8)')
def f(x, y):
    return math.ldexp(x, y) + math.frexp(x) + math.modf(x, y)[0]


@cc.export('g', 'f8(i8)')
def g(n):
    lst = [1.0, 2.0]
    return math.fsum(lst) + n
