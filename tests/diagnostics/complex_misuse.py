import cmath
from pycc import CC
cc = CC('m')

@cc.export('order', 'b1(c16, c16)')
def order(a, b):
    return a < b

@cc.export('floor', 'c16(c16, c16)')
def floor(a, b):
    return a // b

@cc.export('to_int', 'i8(c16)')
def to_int(a):
    return int(a)

@cc.export('as_real', 'f8(c16)')
def as_real(a):
    return a + 1.0

@cc.export('mixed_var', 'c16(f8)')
def mixed_var(x):
    # A float parameter cannot become complex (a local can), where one
    # use sees both.
    if x > 0:
        x = x * 1j
    return x

@cc.export('cube_root', 'c16(c16)')
def cube_root(a):
    return cmath.cbrt(a)

@cc.export('close', 'b1(c16)')
def close(a):
    return cmath.isclose(a, a, tol=0.5) or cmath.sqrt

@cc.export('modulus', 'f8(c16)')
def modulus(a):
    return cmath.polar(a) + 1.0

@cc.export('root', 'c16(c16)')
def root(a):
    return cmath.sqrt(a, 2.0)

@cc.export('loop', 'f8(Tuple(c16, f8))')
def loop(t):
    s = 0.0
    for x in t:
        s += 1.0
    return s
