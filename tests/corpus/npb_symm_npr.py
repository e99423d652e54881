# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/polybench/symm/symm_numba_npr.py` (BSD-3-Clause) (`@nb.jit(nopython=True, parallel=True, fastmath=True)` kernel with `nb.prange` loops; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_symm_npr')


@cc.export('kernel', 'void(f8, f8, f8[:,:], f8[:,:], f8[:,:])')
@nb.jit(nopython=True, parallel=True, fastmath=True)
def kernel(alpha, beta, C, A, B):

    temp2 = np.empty((C.shape[1], ), dtype=C.dtype)
    C *= beta
    for i in range(C.shape[0]):
        for j in nb.prange(C.shape[1]):
            C[:i, j] += alpha * B[i, j] * A[i, :i]
            temp2[j] = B[:i, j] @ A[i, :i]
        C[i, :] += alpha * B[i, :] * A[i, i] + alpha * temp2
