import numpy as np
from pycc import CC

cc = CC('unary_lit')


@cc.export('loglik', 'f8(f8[:], f8, f8)')
def loglik(data, mean, sigma):
    s = (data - mean) ** 2 / (2 * (sigma ** 2))
    pdfs = np.exp(- s)
    return pdfs.sum()


@cc.export('affine', 'f8[:](f8[:])')
def affine(a):
    return -(a * 2.0) + 1.0


@cc.export('notless', 'b1[:](f8[:], f8[:])')
def notless(a, b):
    return ~(a < b)


@cc.export('uneg', 'u2[:](u2[:])')
def uneg(u):
    return -(u * 3)
