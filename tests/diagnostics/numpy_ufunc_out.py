import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:], i8[:], f8[:, :])')
def f(a, k, m):
    np.add(a, a, out=k)
    np.sum(a, out=a)
    b = np.exp(a, out=a)
    np.exp(a, out=(a,))
    c = np.add(a, 1.0, where=a > 0)
    np.negative(a, out=3.0)
