from pycc import CC
import math
cc = CC('m')

@cc.export('g', 'f8(f8, f8)')
def g(x, y):
    return math.hypot(x, y, x, y, x, y, x, y, x) + round(x, y) + round(x, 1, 2)


@cc.export('h', 'i8(f8, i8)')
def h(x, n):
    return math.gcd(n, x) + math.lcm(n, k=2)


@cc.export('k', 'i8(f8, i8)')
def k(x, n):
    return math.factorial(x) + math.comb(n) + n.is_integer() + x.bit_length() + int(math.dist((x, x), (x,)))
