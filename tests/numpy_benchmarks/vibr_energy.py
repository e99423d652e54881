# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/vibr_energy.py (see README.md);
# was: #pythran export vibr_energy(float64[], float64[], float64[])
from pycc import CC
cc = CC('npb_vibr_energy')
#from: http://stackoverflow.com/questions/17112550/python-and-numba-for-vectorized-functions
#setup: import numpy as np ; np.random.seed(0); N = 100000 ; a, b, c = np.random.rand(N), np.random.rand(N), np.random.rand(N)
#run: vibr_energy(a, b, c)

import numpy
@cc.export('vibr_energy', 'f8[:](f8[:], f8[:], f8[:])')
def vibr_energy(harmonic, anharmonic, i):
    return numpy.exp(-harmonic * i - anharmonic * (i ** 2))
