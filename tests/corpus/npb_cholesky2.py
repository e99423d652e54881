# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/polybench/cholesky2/cholesky2_numba_n.py` (BSD-3-Clause) (`@nb.jit(nopython=True)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_cholesky2')


@cc.export('kernel', 'void(f8[:,:])')
@nb.jit(nopython=True, parallel=False, fastmath=True)
def kernel(A):
    A[:] = np.linalg.cholesky(A) + np.triu(A, k=1)
