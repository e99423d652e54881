# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/pairwise.py (see README.md);
# was: #pythran export pairwise(float [][])
from pycc import CC
cc = CC('npb_pairwise')
#from: http://people.duke.edu/~ccc14/sta-663-2016/03A_Numbers.html#Example:-Calculating-pairwise-distance-matrix-using-broadcasting-and-vectorization
#setup: import numpy as np ; X = np.linspace(0,10,20000).reshape(200,100)
#run: pairwise(X)


import numpy as np
@cc.export('pairwise', 'f8[:, :](f8[:, :])')
def pairwise(pts):
    return np.sum((pts[None,:] - pts[:, None])**2, -1)**0.5
