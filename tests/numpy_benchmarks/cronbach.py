# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/cronbach.py (see README.md);
# was: #pythran export cronbach(float [][])
from pycc import CC
cc = CC('npb_cronbach')
#from: http://stackoverflow.com/questions/20799403/improving-performance-of-cronbach-alpha-code-python-numpy
#setup: import numpy as np ; np.random.seed(0); N = 600 ; items = np.random.rand(N,N)
#run: cronbach(items)
@cc.export('cronbach', 'f8(f8[:, :])')
def cronbach(itemscores):
    itemvars = itemscores.var(axis=1, ddof=1)
    tscores = itemscores.sum(axis=0)
    nitems = len(itemscores)
    return nitems / (nitems-1) * (1 - itemvars.sum() / tscores.var(ddof=1))
