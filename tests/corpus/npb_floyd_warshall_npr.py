# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/polybench/floyd_warshall/floyd_warshall_numba_npr.py` (BSD-3-Clause) (`@nb.jit(nopython=True, parallel=True, fastmath=True)` kernel with `nb.prange` loops; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_floyd_warshall_npr')


@cc.export('kernel', 'void(i4[:,:])')
@nb.jit(nopython=True, parallel=True, fastmath=True)
def kernel(path):

    for k in range(path.shape[0]):
        # path[:] = np.minimum(path[:], np.add.outer(path[:, k], path[k, :]))
        for i in nb.prange(path.shape[0]):
            path[i, :] = np.minimum(path[i, :], path[i, k] + path[k, :])
