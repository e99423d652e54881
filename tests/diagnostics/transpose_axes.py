import numpy as np
from pycc import CC

cc = CC('transpose_axes')


@cc.export('f', 'f8[:, :](f8[:, :, :])')
def f(a):
    return a.transpose(1, 0)
