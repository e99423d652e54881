# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/go_fast/go_fast_numba_npr.py` (BSD-3-Clause) (`@nb.jit(nopython=True, parallel=True, fastmath=True)` kernel with `nb.prange` loops; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
# https://numba.readthedocs.io/en/stable/user/5minguide.html

import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_go_fast_npr')


@cc.export('go_fast', 'f8[:,:](f8[:,:])')
@nb.jit(nopython=True, parallel=True, fastmath=True)
def go_fast(a):
    trace = 0.0
    for i in nb.prange(a.shape[0]):
        trace += np.tanh(a[i, i])
    return a + trace
