# A module-level table that module code fills after making it: numba
# freezes it as filled when cc.compile() runs; pycc runs no module code.
import numpy as np
from pycc import CC
cc = CC('m')

LUT: np.ndarray = np.zeros((4, 4))
for i in range(4):
    LUT[i, i] = np.log(1.0 + i)


def corr(a, b):
    return LUT[a, b]


@cc.export('f', 'f8(i8, i8)')
def f(a, b):
    return max(a, b) + corr(a, b)
