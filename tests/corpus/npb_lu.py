# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/polybench/lu/lu_numba_n.py` (BSD-3-Clause) (`@nb.jit(nopython=True)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_lu')


@cc.export('kernel', 'void(f8[:,:])')
@nb.jit(nopython=True, parallel=False, fastmath=True)
def kernel(A):

    for i in range(A.shape[0]):
        for j in range(i):
            A[i, j] -= A[i, :j] @ A[:j, j]
            A[i, j] /= A[j, j]
        for j in range(i, A.shape[0]):
            A[i, j] -= A[i, :i] @ A[:i, j]
