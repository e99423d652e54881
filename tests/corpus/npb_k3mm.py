# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/polybench/k3mm/k3mm_numba_n.py` (BSD-3-Clause) (`@nb.jit(nopython=True)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_k3mm')


@cc.export('kernel', 'f8[:,:](f8[:,:], f8[:,:], f8[:,:], f8[:,:])')
@nb.jit(nopython=True, parallel=False, fastmath=True)
def kernel(A, B, C, D):

    return A @ B @ C @ D
