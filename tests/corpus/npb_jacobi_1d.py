# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/polybench/jacobi_1d/jacobi_1d_numba_n.py` (BSD-3-Clause) (`@nb.jit(nopython=True)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_jacobi_1d')


@cc.export('kernel', 'void(i8, f8[:], f8[:])')
@nb.jit(nopython=True, parallel=False, fastmath=True)
def kernel(TSTEPS, A, B):

    for t in range(1, TSTEPS):
        B[1:-1] = 0.33333 * (A[:-2] + A[1:-1] + A[2:])
        A[1:-1] = 0.33333 * (B[:-2] + B[1:-1] + B[2:])
