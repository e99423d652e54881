import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('nested', '(f8[:], i8)')
def nested(a, k):
    t = ((a, k), (a, k))
    u = t[k]
    return u[1]

@cc.export('dyn_index', 'f8(Tuple(f8[:], i8[:]), i8)')
def dyn_index(t, k):
    a = t[k]
    return a[0]

@cc.export('loop', 'f8(Tuple(f8[:], f4[:]))')
def loop(t):
    s = 0.0
    for x in t:
        s += 1.0
    return s

@cc.export('unpack_number', 'f8(f8)')
def unpack_number(x):
    p, q = x
    return p
