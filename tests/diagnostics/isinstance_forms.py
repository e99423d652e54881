import numpy as np
from pycc import CC

cc = CC('isinstance_forms')


@cc.export('f', 'b1(f8[:], f8)')
def f(a, x):
    return isinstance(a[0], float) or isinstance(x, np.float64)
