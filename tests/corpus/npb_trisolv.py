# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/polybench/trisolv/trisolv_numba_n.py` (BSD-3-Clause) (`@nb.jit(nopython=True)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_trisolv')


@cc.export('kernel', 'void(f8[:,:], f8[:], f8[:])')
@nb.jit(nopython=True, parallel=False, fastmath=True)
def kernel(L, x, b):

    for i in range(x.shape[0]):
        x[i] = (b[i] - L[i, :i] @ x[:i]) / L[i, i]
