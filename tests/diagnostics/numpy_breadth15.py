# np.positive and np.compress forms pycc refuses (numpy breadth 15).
import numpy as np
from pycc import CC

cc = CC('numpy_breadth15')


@cc.export('positive_bool', 'i8(b1)')
def positive_bool(b):
    return np.positive(b)


@cc.export('positive_bools', 'b1[:](b1[:])')
def positive_bools(m):
    return np.positive(m)


@cc.export('compress_out', 'f8[:](f8[:], f8[:])')
def compress_out(a, b):
    return np.compress(a > 0, a, out=b)


@cc.export('number_or_array', 'f8(f8[:], i8)')
def number_or_array(a, n):
    r = None
    if n > 0:
        r = 1.0
    if n > 1:
        r = a
    return 0.0
