# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/multiple_sum.py (see README.md);
# was: #pythran export multiple_sum(float[][])
from pycc import CC
cc = CC('npb_multiple_sum')
#from http://stackoverflow.com/questions/77999777799977/numpy-vs-cython-speed
#setup: import numpy as np ; np.random.seed(0); r = np.random.rand(100,100)
#run: multiple_sum(r)
import numpy as np
@cc.export('multiple_sum', 'f8[:, :](f8[:, :])')
def multiple_sum(array):

    rows = array.shape[0]
    cols = array.shape[1]

    out = np.zeros((rows, cols))

    for row in range(0, rows):
        out[row, :] = np.sum(array - array[row, :], 0)

    return out
