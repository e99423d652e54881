# differential-python: numpy
# Module-level constants bound to numpy's integer limits
# (`INT_MAX = np.iinfo(np.int64).max`, the sentinel of a spline search in the
# corpus): folded like literals, each the Python int numpy gives.
import numpy as np
from numpy import iinfo, int16
from pycc import CC

cc = CC('module_iinfo_const_prog')

INT_MAX = np.iinfo(np.int64).max
INT_MIN = np.iinfo(np.int64).min
I32_MAX = np.iinfo('i4').max
U8_MAX = np.iinfo(np.uint8).max
I16_MIN = iinfo(int16).min
BITS = np.iinfo(np.int32).bits
HALF = INT_MAX // 2


@cc.export('find', 'i8(f8[:], f8)')
def find(x, v):
    for i in range(x.shape[0]):
        if x[i] == v:
            return i
    return INT_MAX


@cc.export('limits', 'i8(i8)')
def limits(k):
    if k == 0:
        return INT_MIN
    if k == 1:
        return I32_MAX + U8_MAX
    if k == 2:
        return I16_MIN * BITS
    return HALF - k


CASES = {
    'find': [(np.array([1.0, 2.0, 3.0]), 2.0), (np.array([1.0, 2.0]), 5.0), (np.zeros(0), 1.0)],
    'limits': [(0,), (1,), (2,), (3,), (-7,)],
}
