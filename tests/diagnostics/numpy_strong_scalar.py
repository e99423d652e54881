# A numpy scalar (an array's element) of another dtype where numpy's own
# call would receive it as a Python number: numpy promotes its dtype, so it
# is a diagnostic until pycc passes numpy scalars through.
import numpy as np
from pycc import CC

cc = CC('numpy_strong_scalar')


@cc.export('power_of_element', 'f8(f4[:], f8[:])')
def power_of_element(b, a):
    return float(np.sum(b ** a[0]))
