# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/contour_integral/contour_integral_numba_npr.py` (BSD-3-Clause) (`@nb.jit(nopython=True, parallel=True, fastmath=True)` kernel with `nb.prange` loops; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
# Copyright 2021 ETH Zurich and the NPBench authors. All rights reserved.

import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_contour_integral_npr')


@cc.export('contour_integral', 'Tuple((c16[:,:], c16[:,:]))(i8, i8, i8, c16[:,:,:], c16[:], c16[:,:])')
@nb.jit(nopython=True, parallel=True, fastmath=True)
def contour_integral(NR, NM, slab_per_bc, Ham, int_pts, Y):
    P0 = np.zeros((NR, NM), dtype=np.complex128)
    P1 = np.zeros((NR, NM), dtype=np.complex128)
    # for z in int_pts:
    for i in nb.prange(len(int_pts)):
        z = int_pts[i]
        Tz = np.zeros((NR, NR), dtype=np.complex128)
        for n in nb.prange(slab_per_bc + 1):
            zz = np.power(z, slab_per_bc / 2 - n)
            Tz += zz * Ham[n]
        if NR == NM:
            X = np.linalg.inv(Tz)
        else:
            X = np.linalg.solve(Tz, Y)
        if abs(z) < 1.0:
            X = -X
        P0 += X
        P1 += z * X

    return P0, P1
