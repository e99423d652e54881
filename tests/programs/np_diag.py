# differential-python: numpy
# np.diag (numpy computes it): the matrix of a 1-d array on diagonal k, the
# diagonal k of a 2-d array; `np.diag(f) @ H @ np.diag(h)` of a real module.
import numpy as np
from numpy import diag
from pycc import CC

cc = CC('np_diag')


@cc.export('scaled', 'f8[:,:](f8[:], f8[:,:], f8[:])')
def scaled(f, H, h):
    return np.diag(f) @ H @ np.diag(h)


@cc.export('band', 'i8[:,:](i8[:], i8)')
def band(v, k):
    return np.diag(v * 2, k)


@cc.export('diagonal', 'f8[:](f8[:,:], i8)')
def diagonal(m, k):
    return diag(m, k=k) + np.diag(m.T)[0]


CASES = {
    'scaled': [(np.array([1.0, 2.0, 3.0]), np.arange(9.0).reshape(3, 3), np.array([0.5, -1.0, 4.0]))],
    'band': [(np.arange(3), 0), (np.arange(3), 1), (np.arange(2), -2)],
    'diagonal': [(np.arange(12.0).reshape(3, 4), 0), (np.arange(12.0).reshape(3, 4), 2), (np.arange(12.0).reshape(3, 4), -1),
                 (np.arange(12.0).reshape(3, 4), 9)],
}
