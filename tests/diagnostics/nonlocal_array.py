import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('f', 'f8(f8[:])')
def f(a):
    # An array parameter rebound by a nested function (a number parameter
    # works: tests/programs/nonlocal_params.py).
    def grow():
        nonlocal a
        a = a * 2.0

    grow()
    return a[0]


@cc.export('g', 'f8(i8)')
def g(n):
    # An array variable rebound by a nested function.
    b = np.zeros(n)

    def grow():
        nonlocal b
        b = b + 1.0

    grow()
    return b.sum()
