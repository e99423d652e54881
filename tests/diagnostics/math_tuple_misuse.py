import math
from pycc import CC
cc = CC('math_tuple_misuse')

@cc.export('f', 'f8(f8, f8)')
def f(x, y):
    return math.ldexp(x, y) + math.frexp(x) + math.modf(x, y)[0]
