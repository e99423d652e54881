import numpy as np
from pycc import CC

cc = CC('direct_writes_lit')


@cc.export('damp', 'void(f8[:, :])')
def damp(u):
    u *= u * -0.5 + 1.0


@cc.export('axpy', 'void(f8[:], f8[:], f8[:])')
def axpy(out, a, b):
    out[:] = a * 0.5 + b
