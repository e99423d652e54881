# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/lstsqr.py (see README.md);
# was: #pythran export lstsqr(float[], float[])
from pycc import CC
cc = CC('npb_lstsqr')
#setup: import numpy as np ; np.random.seed(0); N = 500000 ; X, Y = np.random.rand(N), np.random.rand(N)
#run: lstsqr(X, Y)
#from: http://nbviewer.ipython.org/github/rasbt/One-Python-benchmark-per-day/blob/master/ipython_nbs/day10_fortran_lstsqr.ipynb

import numpy as np
@cc.export('lstsqr', 'UniTuple(f8, 2)(f8[:], f8[:])')
def lstsqr(x, y):
    """ Computes the least-squares solution to a linear matrix equation. """
    x_avg = np.average(x)
    y_avg = np.average(y)
    dx = x - x_avg
    dy = y - y_avg
    var_x = np.sum(dx**2)
    cov_xy = np.sum(dx * dy)
    slope = cov_xy / var_x
    y_interc = y_avg - slope*x_avg
    return (slope, y_interc)
