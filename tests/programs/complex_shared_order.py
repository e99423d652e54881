# differential-python: numpy
# A complex product whose real operand reads a queued array reduction
# (`c.min()` is a loop before the statement): the shared quotient was placed
# after that loop, but the product's shared parts that read the quotient
# stayed before it, so the call raised UnboundLocalError (exprtree seed 727).
import math

import numpy as np
from pycc import CC

cc = CC('complex_shared_order')


@cc.export('cx_after_reduction', 'c16(f8, f8[:])')
def cx_after_reduction(a, c):
    return a * ((1 / round(float(c.min()))) * (-(-0.5+0j).conjugate()))


@cc.export('cx_two_levels', 'c16(f8, f8[:, :])')
def cx_two_levels(a, c):
    z = (a / math.floor(float(c.max()))) * (1 + 2j)
    return z * (float(c.sum()) - 1j) * (a - 0.5j)


@cc.export('cx_abs_after', 'f8(f8, f8[:])')
def cx_abs_after(a, c):
    return abs((1 / round(float(c.min()))) * (a - 3j) * (0.5 + 0.25j))


CASES = {
    'cx_after_reduction': [(a, np.array(c)) for a in [2.0, -1.5] for c in [[4.3, 7.0], [0.2, 1.0], [-2.6], []]],
    'cx_two_levels': [(a, np.array(c)) for a in [2.0, 0.0] for c in [[[1.5, 2.5]], [[0.5, 0.25]], [[7.0], [-3.0]]]],
    'cx_abs_after': [(a, np.array(c)) for a in [2.0, -1.0] for c in [[4.3, 7.0], [0.4], []]],
}
