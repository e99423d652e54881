import numpy as np
from pycc import CC

cc = CC('complex_fused_lit')


@cc.export('decide', 'i8(c16, c16[:])')
def decide(e, symbols):
    return np.argmin(abs(e - symbols) ** 2)


@cc.export('filt', 'c16(c16[:], c16[:])')
def filt(x, w):
    return np.sum(x * np.conj(w))


@cc.export('update', 'c16[:](c16[:], c16[:], c16)')
def update(w, x, c):
    w += c * x
    return w


@cc.export('mask_eq', 'b1(b1[:])')
def mask_eq(v):
    mask = (1, 0, 1)
    return (mask == np.bitwise_and(mask, v)).all()
