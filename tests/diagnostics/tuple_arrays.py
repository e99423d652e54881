import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('nested', '(f8[:], i8)')
def nested(a, k):
    return (a, k), k

@cc.export('dyn_index', 'f8(UniTuple(f8[:], 2), i8)')
def dyn_index(t, k):
    a = t[k]
    return a[0]

@cc.export('loop', 'f8(UniTuple(f8[:], 2))')
def loop(t):
    s = 0.0
    for x in t:
        s += 1.0
    return s

@cc.export('unpack_number', 'f8(f8)')
def unpack_number(x):
    p, q = x
    return p
