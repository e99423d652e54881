# differential-python: numpy
# np.asfortranarray's result is F-contiguous, as numba types it (`f8[::1, :]`):
# returned where the signature declares that layout, and used as any array.
import numpy as np
from numba.pycc import CC

cc = CC('fortran_results')


@cc.export('fortran', 'f8[::1, :](f8[:, :])')
def fortran(a):
    return np.asfortranarray(a)


@cc.export('fortran_sum', 'f8(f8[:, :, :])')
def fortran_sum(a):
    f = np.asfortranarray(a[:, ::2])
    s = 0.0
    for i in range(f.shape[0]):
        for j in range(f.shape[1]):
            for k in range(f.shape[2]):
                s += f[i, j, k] * (i + 2 * j + 3 * k)
    return s + f.sum()


@cc.export('fortran_1d', 'i8[:](i8[:])')
def fortran_1d(v):
    w = np.asfortranarray(v[::-1])
    return w * 2


CASES = {
    'fortran': [(np.arange(6.0).reshape(2, 3),), (np.arange(12.0).reshape(3, 4)[:, ::2],), (np.zeros((0, 3)),)],
    'fortran_sum': [(np.arange(24.0).reshape(2, 4, 3),)],
    'fortran_1d': [(np.arange(5),)],
}
