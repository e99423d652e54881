import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('f', 'f8(f8[:], i8)')
def f(a, k):
    d = {}
    d[1] = a
    d[2] = 3.0
    b = d.get(k)
    c = d.setdefault(k, a)
    e = d.get(k, np.zeros((2, 2)))
    d[3] = np.zeros((2, 2))
    return k


def helper(d):
    return len(d)


@cc.export('g', 'i8(i8[:])')
def g(a):
    e = {}
    e[0] = a
    return helper(e)
