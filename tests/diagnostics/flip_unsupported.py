import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('one_d', 'f8[:](f8[:])')
def one_d(a):
    return np.fliplr(a)


@cc.export('variable_axis', 'f8[:, :](f8[:, :], i8)')
def variable_axis(a, k):
    return np.flip(a, k)


@cc.export('bad_axis', 'f8[:, :](f8[:, :])')
def bad_axis(a):
    return np.flip(a, axis=2)
