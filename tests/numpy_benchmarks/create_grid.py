# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/create_grid.py (see README.md);
# was: #pythran export create_grid(float [])
from pycc import CC
cc = CC('npb_create_grid')
#from: http://stackoverflow.com/questions/13815719/creating-grid-with-numpy-performance
#setup: import numpy as np ; N = 800 ; x = np.arange(0,1,1./N)
#run: create_grid(x)
import numpy as np
@cc.export('create_grid', 'f8[:, :](f8[:])')
def create_grid(x):
    N = x.shape[0]
    z = np.zeros((N, N, 3))
    z[:,:,0] = x.reshape(-1,1)
    z[:,:,1] = x
    fast_grid = z.reshape(N*N, 3)
    return fast_grid
