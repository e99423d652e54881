# differential-python: numpy
# numpy scalar types through a module-level alias (`u4 = np.uint32`, as
# competitive-programming templates write), and a numpy scalar type called
# on a list (`np.float64([x, y])`), which numpy makes an array of that dtype.
import numpy as np
from pycc import CC

i4 = np.int32
u4 = np.uint32
f8 = np.float64

cc = CC('numpy_scalar_alias')


@cc.export('sieve', 'u4[:](u4)')
def sieve(n):
    p = np.zeros(n + 1, u4)
    for i in range(2, n + 1):
        if p[i] == 0:
            j = i
            while j <= n:
                p[j] = i
                j += i
    return p


@cc.export('as_i4', 'i8(f8)')
def as_i4(x):
    a = np.empty(3, dtype=i4)
    a[0] = i4(x)
    a[1] = 7
    a[2] = a[0] * 2
    return a.sum()


@cc.export('triple', 'f8[:](f8, f8, f8)')
def triple(x, y, z):
    if x == 0:
        return np.float64([-np.inf, np.inf, np.inf])
    return np.float64([x, y + 1, z * 2])


@cc.export('pair_i4', 'i4[:](i8, i8)')
def pair_i4(x, y):
    return np.int32((x, y))


@cc.export('grid', 'f8[:,:](f8)')
def grid(x):
    return f8([[x, 1], [2, x]])


CASES = {
    'sieve': [(10,), (1,)],
    'as_i4': [(2.7,), (-3.2,)],
    'triple': [(0.0, 1.0, 2.0), (1.5, 2.0, 3.0)],
    'pair_i4': [(3, -4)],
    'grid': [(0.5,)],
}
