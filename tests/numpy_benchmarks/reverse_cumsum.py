# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/reverse_cumsum.py (see README.md);
# was: #pythran export reverse_cumsum(float[])
from pycc import CC
cc = CC('npb_reverse_cumsum')
#from: http://stackoverflow.com/questions/16541618/perform-a-reverse-cumulative-sum-on-a-numpy-array
#setup: import numpy as np ; np.random.seed(0); r = np.random.rand(1000000)
#run: reverse_cumsum(r)
import numpy as np
@cc.export('reverse_cumsum', 'f8[:](f8[:])')
def reverse_cumsum(x):
    return np.cumsum(x[::-1])[::-1]
