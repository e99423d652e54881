# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/wdist.py (see README.md);
# was: #pythran export wdist(float64 [][], float64 [][], float64[][])
from pycc import CC
cc = CC('npb_wdist')
#from: http://stackoverflow.com/questions/19277244/fast-weighted-euclidean-distance-between-points-in-arrays/19277334#19277334
#setup: import numpy as np ; np.random.seed(0); N = 70 ; A = np.random.rand(N,N) ; B =  np.random.rand(N,N) ; W = np.random.rand(N,N)
#run: wdist(A,B,W)


import numpy as np
@cc.export('wdist', 'f8[:, :](f8[:, :], f8[:, :], f8[:, :])')
def wdist(A, B, W):

    k,m = A.shape
    _,n = B.shape
    D = np.zeros((m, n))

    for ii in range(m):
        for jj in range(n):
            wdiff = (A[:,ii] - B[:,jj]) / W[:,ii]
            D[ii,jj] = np.sqrt((wdiff**2).sum())
    return D
