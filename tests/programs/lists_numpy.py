# differential-python: numpy
# np.array(lst) / np.asarray(lst) of a list of numbers: a new 1-d array of
# the list's item type (int64, float64, bool), compared by dtype and bytes.
import numpy as np
from pycc import CC

cc = CC('lists_numpy')


@cc.export('halves', 'f8[:](i8)')
def halves(n):
    xs = []
    for k in range(n):
        xs.append(k * 0.5)
    return np.array(xs)


@cc.export('squares', 'i8[:](i8)')
def squares(n):
    a = np.asarray([k * k for k in range(n)])
    a[0] = -1
    return a


@cc.export('flags', 'b1[:](i8)')
def flags(n):
    return np.array([n > 1, n > 2, True])


@cc.export('total', 'f8(i8)')
def total(n):
    xs = [1.5] * n
    xs.append(2.0)
    a = np.array(xs)
    return np.sum(a)


CASES = {
    'halves': [(n,) for n in (0, 1, 5)],
    'squares': [(n,) for n in (1, 4)],
    'flags': [(n,) for n in (0, 2, 3)],
    'total': [(n,) for n in (0, 3)],
}
