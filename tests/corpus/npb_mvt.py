# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/polybench/mvt/mvt_numba_n.py` (BSD-3-Clause) (`@nb.jit(nopython=True)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_mvt')


@cc.export('kernel', 'void(f8[:], f8[:], f8[:], f8[:], f8[:,:])')
@nb.jit(nopython=True, parallel=False, fastmath=True)
def kernel(x1, x2, y_1, y_2, A):

    x1 += A @ y_1
    x2 += y_2 @ A
