import numpy as np
from pycc import CC

cc = CC('k2_stores_lit')


@cc.export('stencil', 'f4[:, :](f4[:, :])')
def stencil(U):
    return U[0:-2, 1:-1] + U[1:-1, 0:-2] - 4 * U[1:-1, 1:-1] + U[1:-1, 2:] + U[2:, 1:-1]
