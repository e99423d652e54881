# corpus: spcl/npbench @ f2d7f27 `npbench/benchmarks/scattering_self_energies/scattering_self_energies_numba_npr.py` (BSD-3-Clause) (`@nb.jit(nopython=True, parallel=True, fastmath=True)` kernels with `nb.prange` loops; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
# Copyright 2021 ETH Zurich and the NPBench authors. All rights reserved.

import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_scattering_npr')


@cc.export('scattering_self_energies', 'void(i4[:,:], c16[:,:,:,:,:], c16[:,:,:,:,:], c16[:,:,:,:,:,:], c16[:,:,:,:,:])')
@nb.jit(nopython=True, parallel=True, fastmath=True)
def scattering_self_energies(neigh_idx, dH, G, D, Sigma):

    for k in nb.prange(G.shape[0]):
        for E in nb.prange(G.shape[1]):
            for q in nb.prange(D.shape[0]):
                for w in nb.prange(D.shape[1]):
                    for i in nb.prange(D.shape[-2]):
                        for j in nb.prange(D.shape[-1]):
                            for a in nb.prange(neigh_idx.shape[0]):
                                for b in nb.prange(neigh_idx.shape[1]):
                                    if E - w >= 0:
                                        dHG = G[k, E - w,
                                                neigh_idx[a, b]] @ dH[a, b, i]
                                        dHD = dH[a, b, j] * D[q, w, a, b, i, j]
                                        Sigma[k, E, a] += dHG @ dHD
