# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/polybench/syrk/syrk_numba_n.py` (BSD-3-Clause) (`@nb.jit(nopython=True)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_syrk')


@cc.export('kernel', 'void(f8, f8, f8[:,:], f8[:,:])')
@nb.jit(nopython=True, parallel=False, fastmath=True)
def kernel(alpha, beta, C, A):

    for i in range(A.shape[0]):
        C[i, :i + 1] *= beta
        for k in range(A.shape[1]):
            C[i, :i + 1] += alpha * A[i, k] * A[:i + 1, k]
