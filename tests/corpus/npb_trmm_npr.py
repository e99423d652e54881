# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/polybench/trmm/trmm_numba_npr.py` (BSD-3-Clause) (`@nb.jit(nopython=True, parallel=True, fastmath=True)` kernel with `nb.prange` loops; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_trmm_npr')


@cc.export('kernel', 'void(f8, f8[:,:], f8[:,:])')
@nb.jit(nopython=True, parallel=True, fastmath=True)
def kernel(alpha, A, B):

    for i in range(B.shape[0]):
        for j in nb.prange(B.shape[1]):
            B[i, j] += np.dot(A[i + 1:, i], B[i + 1:, j])
    B *= alpha
