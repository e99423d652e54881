import numpy as np
from pycc import CC
cc = CC('m')


def twice(x):
    return 2 * x


@cc.export('first_negative', 'i8(f8[:, :])')
def first_negative(a):
    k = 0
    for pos in np.ndindex(a.shape):
        if a[pos] < 0:
            break
        k += 1
    return k


@cc.export('keywords', 'i8(f8[:, :])')
def keywords(a):
    k = 0
    for pos in np.ndindex(shape=a.shape):
        k += 1
    return k
