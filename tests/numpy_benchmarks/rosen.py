# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/rosen.py (see README.md);
# was: #pythran export rosen(float[])
from pycc import CC
cc = CC('npb_rosen')
#setup: import numpy as np; r = np.arange(1000000, dtype=float)
#run: rosen(r)
import numpy as np


@cc.export('rosen', 'f8(f8[:])')
def rosen(x):
    t0 = 100 * (x[1:] - x[:-1] ** 2) ** 2
    t1 = (1 - x[:-1]) ** 2
    return np.sum(t0 + t1)
