# Typing: numba's promotion rules. A variable has one type, the join of
# everything assigned to it; int with float is float, widths promote.
from pycc import CC

cc = CC('promotion')


@cc.export('mixed', 'f8(i4, f8)')
def mixed(n, x):
    t = n          # int32 here, float64 after the loop: one type, float64
    for i in range(n):
        t = t + x * i
    return t


@cc.export('widths', 'i8(i1, u2, i4)')
def widths(a, b, c):
    return a + b + c


@cc.export('chain', 'b1(f8, f8, f8)')
def chain(a, b, c):
    return a < b <= c and not (a == c)
