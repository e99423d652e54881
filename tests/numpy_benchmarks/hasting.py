# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/hasting.py (see README.md);
# was: #pythran export hasting(float [], float, float, float, float, float, float, float)
from pycc import CC
cc = CC('npb_hasting')
#from: http://wiki.scipy.org/Cookbook/Theoretical_Ecology/Hastings_and_Powell
#setup: import numpy as np ; np.random.seed(0); y = np.random.rand(3) ; args = np.random.rand(7)
#run: hasting(y, *args)

import numpy as np
@cc.export('hasting', 'f8[:](f8[:], f8, f8, f8, f8, f8, f8, f8)')
def hasting(y, t, a1, a2, b1, b2, d1, d2):
    yprime = np.empty((3,))
    yprime[0] = y[0] * (1. - y[0]) - a1*y[0]*y[1]/(1. + b1 * y[0])
    yprime[1] = a1*y[0]*y[1] / (1. + b1 * y[0]) - a2 * y[1]*y[2] / (1. + b2 * y[1]) - d1 * y[1]
    yprime[2] = a2*y[1]*y[2]/(1. + b2*y[1]) - d2*y[2]
    return yprime
