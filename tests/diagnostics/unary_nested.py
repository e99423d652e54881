import numpy as np
from pycc import CC
cc = CC('m')


# Unary operators inside fused elementwise expressions keep numpy's TypeErrors.
@cc.export('f', 'void(f8[:], b1[:])')
def f(b, m):
    x = np.exp(-(b > 0.0)) + 1.0
    y = +m * 2.0
    z = ~(b * 2.0) + 1.0
    w = np.sum(-(b < 1.0))
