# A tuple repeated into more items than pycc unrolls is a diagnostic at
# once (was: millions of items unrolled, a compile that did not finish);
# a small repetition compiles. The same error from a function typed twice
# is shown once.
import numpy as np
from pycc import CC
cc = CC('tuple_repeat_large')


@cc.export('f', 'f8(f8[:])')
def f(a):
    lon1, lat1 = map(np.radians, [a[0], a[1]])
    c = (2 * np.arcsin(np.sqrt(lon1 * lat1)),)
    km = 6367 * c
    m = km * 1000
    return m[0]


@cc.export('g', 'f8(f8)')
def g(x):
    c = (x, 1.0) * 3
    return c[5]
