# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/check_mask.py (see README.md);
# was: #pythran export check_mask(bool[][])
from pycc import CC
cc = CC('npb_check_mask')
#setup: n=1000 ; import numpy as np; np.random.seed(0); db = np.array(np.random.randint(2, size=(n, 4)), dtype=bool)
#run: check_mask(db)
#from: http://stackoverflow.com/questions/34500913/numba-slower-for-numpy-bitwise-and-on-boolean-arrays

import numpy as np
@cc.export('check_mask', 'b1[:](b1[:, :])')
def check_mask(db, mask=(1, 0, 1)):
    out = np.zeros(db.shape[0],dtype=bool)
    for idx, line in enumerate(db):
        target, vector = line[0], line[1:]
        if (mask == np.bitwise_and(mask, vector)).all():
            if target == 1:
                out[idx] = 1
    return out
