# differential-python: numpy
# np.cross of 2-element vectors: numpy 2 returns the z component (one axis
# less, with a DeprecationWarning) where pycc compiled a 3-vector result;
# pycc raises a clear ValueError there, as numba refuses the form, instead
# of an internal SystemError. 3-element and mixed 2/3-element vectors work.
import numpy as np
from pycc import CC

cc = CC('numpy_cross_2d')


@cc.export('cross_len', 'f8[:](i8, i8)')
def cross_len(n, m):
    a = np.arange(float(n)) + 1.0
    b = np.arange(float(m)) * 2.0 - 1.0
    return np.cross(a, b)


@cc.export('cross_rows_len', 'f8[:, :](i8)')
def cross_rows_len(n):
    a = np.arange(2.0 * n).reshape(2, n)
    return np.cross(a, a[::-1] + 1.0)


DEVIATIONS = {('cross_len', (2, 2)): 'ValueError', ('cross_rows_len', (2,)): 'ValueError'}
CASES = {
    'cross_len': [(3, 3), (2, 3), (3, 2), (2, 2), (4, 3)],
    'cross_rows_len': [(3,), (2,)],
}
