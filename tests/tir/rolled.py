# np.roll as an elementwise operand is a load at a wrapped index, not a
# copy: one loop nest, no np.roll call (sema/ndarray/rolled.rs).
import numpy as np
from pycc import CC

cc = CC('rolled')


@cc.export('lap', 'f8[:](f8[:], i8)')
def lap(g, k):
    return np.roll(g, k) + np.roll(g, -1) - 2.0 * g
