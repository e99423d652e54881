# differential-python: numpy
# np.trace with an offset, positional or keyword (a real module: `np.trace(A, ofst)`).
import numpy as np
from pycc import CC
cc = CC('np_trace_offset')

@cc.export('tr', 'f8(f8[:,:], i4)')
def tr(A, k):
    return np.trace(A, k) + np.trace(A, offset=-k) + np.trace(A)

@cc.export('tri', 'i8(i8[:,:], i8)')
def tri(A, k):
    return np.trace(A, k)

A = np.arange(20.0).reshape(4, 5)
CASES = {'tr': [(A, 0), (A, 1), (A, -2), (A, 7), (A.T, 2)], 'tri': [(np.arange(9).reshape(3, 3), 1), (np.arange(9).reshape(3, 3), -5)]}
