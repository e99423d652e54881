import numpy as np
from pycc import CC

cc = CC('unpacked_lit')


@cc.export('springs', 'f8(f8[:, :])')
def springs(cpos):
    s = 0.0
    for i in range(1, cpos.shape[0]):
        dx, dy = cpos[i] - cpos[i - 1]
        s += dx * dy
    return s
