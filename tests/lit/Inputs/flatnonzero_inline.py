import numpy as np
from pycc import CC

cc = CC('flatnonzero_lit')


@cc.export('grouping', 'Tuple(u4[:], i8[:])(u4[:])')
def grouping(values):
    diff = np.concatenate(([1], np.diff(values)))
    idx = np.concatenate((np.where(diff)[0], [len(values)]))
    return values[idx[:-1]], np.diff(idx)


@cc.export('matrix', 'i8[:](f8[:, :])')
def matrix(m):
    return np.flatnonzero(m)


@cc.export('mask', 'i8[:](b1[:])')
def mask(b):
    return np.flatnonzero(b)
