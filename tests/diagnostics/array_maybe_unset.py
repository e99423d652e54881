import numpy as np
from pycc import CC

cc = CC('unset')


# M is bound only if the loop runs: CPython raises UnboundLocalError for n <= 0.
@cc.export('first', 'i8(i8[:], i8)')
def first(ind, n):
    for i in range(n):
        M = np.arange(1, n + 1)
    return ind[M[0]]


@cc.export('total', 'f8(f8[:], b1)')
def total(a, flag):
    if flag:
        b = a * 2.0
    return np.sum(b)
