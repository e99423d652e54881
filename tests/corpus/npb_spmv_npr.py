# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/spmv/spmv_numba_npr.py` (BSD-3-Clause) (`@nb.jit(nopython=True, parallel=True, fastmath=True)` kernel with `nb.prange` loops; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
# Sparse Matrix-Vector Multiplication (SpMV)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_spmv_npr')


# Matrix-Vector Multiplication with the matrix given in Compressed Sparse Row
# (CSR) format
@cc.export('spmv', 'f8[:](i4[:], i4[:], f8[:], f8[:])')
@nb.jit(nopython=True, parallel=True, fastmath=True)
def spmv(A_row, A_col, A_val, x):
    y = np.empty(A_row.size - 1, A_val.dtype)

    for i in nb.prange(A_row.size - 1):
        cols = A_col[A_row[i]:A_row[i + 1]]
        vals = A_val[A_row[i]:A_row[i + 1]]
        y[i] = vals @ x[cols]

    return y
