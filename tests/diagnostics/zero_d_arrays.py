# Uses of a 0-d array (`np.array(x)` of a number) where it is no numpy
# scalar: an export returning it (numpy gives an ndarray), a write through
# `z[()]`, and a name bound to one and rebound (`z += 1` keeps its dtype).
import numpy as np
from pycc import CC

cc = CC('m')


@cc.export('ret', '(f8,)')
def ret(x):
    z = np.array(x)
    return z


@cc.export('write', '(f8,)')
def write(x):
    z = np.array(x)
    z[()] = 2.0
    return z + 1.0


@cc.export('aug', '(i8,)')
def aug(x):
    z = np.array(x)
    z += 1
    return z * 2


# Not a 0-d array form, but near it in real files: numpy.frombuffer reads
# a bytes-like object, which pycc's functions do not hold.
@cc.export('from_bytes', '(f8[:],)')
def from_bytes(a):
    return np.frombuffer(a, dtype=np.uint8)
