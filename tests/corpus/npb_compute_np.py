# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/compute/compute_numba_np.py` (BSD-3-Clause) (`@nb.jit(nopython=True, parallel=True, fastmath=True)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
# https://cython.readthedocs.io/en/latest/src/userguide/numpy_tutorial.html

import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_compute_np')


@cc.export('compute', 'i8[:,:](i8[:,:], i8[:,:], i8, i8, i8)')
@nb.jit(nopython=True, parallel=True, fastmath=True)
def compute(array_1, array_2, a, b, c):
    # return np.clip(array_1, 2, 10) * a + array_2 * b + c
    return np.minimum(np.maximum(array_1, 2), 10) * a + array_2 * b + c
