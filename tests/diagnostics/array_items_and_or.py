# An item of a list or dict of arrays indexed after `and`/`or` or in a
# `while` test: no temporary is made for it there (a conditional's arms and
# a statement's own value get one), so it is a diagnostic naming the item.
import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('f', 'b1(f8[:], i8, i8)')
def f(a, k, j):
    d = {}
    d[1] = a
    return j > 0 and d[k][0] > 0.5


@cc.export('g', 'i8(f8[:], i8)')
def g(a, k):
    L = [a, a + 1.0]
    n = 0
    while L[k][n] < 3.0:
        n += 1
    return n
