import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('float_indices', '(f8[:], f8[:])')
def float_indices(a, idx):
    return np.add.reduceat(a, idx)


@cc.export('all_axes', '(f8[:, :], i8[:])')
def all_axes(m, idx):
    return np.add.reduceat(m, idx, axis=None)


@cc.export('bitwise_float', '(f8[:],)')
def bitwise_float(a):
    return np.bitwise_or.reduce(a)


@cc.export('reduce_out', '(f8[:, :], f8[:])')
def reduce_out(m, o):
    return np.fmax.reduce(m, axis=0, out=o)


@cc.export('nd_indices', '(f8[:], i8[:, :])')
def nd_indices(a, idx):
    return np.maximum.reduceat(a, idx)
