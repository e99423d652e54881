# The numeric-language issue's target kernels, as pycc compiles them.
from pycc import CC

cc = CC('kernels')


@cc.export('fib_iter', 'i8(i8)')
def fib_iter(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a


@cc.export('sum_sq', 'f8(i8)')
def sum_sq(n):
    s = 0.0
    for i in range(n):
        s += i * i * 0.5
    return s


@cc.export('mandel', 'i8(f8, f8, i8)')
def mandel(cx, cy, maxit):
    x = 0.0
    y = 0.0
    for i in range(maxit):
        x2 = x * x
        y2 = y * y
        if x2 + y2 > 4.0:
            return i
        y = 2.0 * x * y + cy
        x = x2 - y2 + cx
    return maxit
