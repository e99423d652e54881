# Typing: an array is its descriptor's variables; indexing loads and
# stores with one int64 index per axis; numpy constructors allocate.
import numpy as np
from pycc import CC

cc = CC('arrays')


@cc.export('total', 'f8(f8[:, :])')
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


@cc.export('ramp', 'f8[:](i8)')
def ramp(n):
    out = np.zeros(n)
    for i in range(n):
        out[i] = i * 0.5
    return out


@cc.export('cstore', 'void(c16[:], f8)')
def cstore(z, x):
    z[0] = complex(x, -x)
