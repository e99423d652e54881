# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/make_decision.py (see README.md);
# was: #pythran export make_decision(complex128[], complex128[])
from pycc import CC
cc = CC('npb_make_decision')
#setup: import numpy as np, random; np.random.seed(0); s=np.random.randn(2**12)+np.random.randn(2**12)*1.j ; sc=np.random.choice(s, 32)
#run: make_decision(s, sc)
#from: https://github.com/serge-sans-paille/pythran/issues/801

import numpy as np
@cc.export('make_decision', 'c16[:](c16[:], c16[:])')
def make_decision(E, symbols):
    L = E.shape[0]
    syms_out = np.zeros(L, dtype=E.dtype)
    for i in range(L):
        im = np.argmin(abs(E[i]-symbols)**2)
        syms_out[i] = symbols[im]
    return syms_out
