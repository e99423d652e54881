# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/l2norm.py (see README.md);
# was: #pythran export l2norm(float64[][])
from pycc import CC
cc = CC('npb_l2norm')
#from: http://stackoverflow.com/questions/7741878/how-to-apply-numpy-linalg-norm-to-each-row-of-a-matrix/7741976#7741976
#setup: import numpy as np ; np.random.seed(0); N = 1000; x = np.random.rand(N,N)
#run: l2norm(x)

import numpy as np
@cc.export('l2norm', 'f8[:](f8[:, :])')
def l2norm(x):
    return np.sqrt(np.sum(np.abs(x)**2, 1))
