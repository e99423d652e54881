# corpus: written for pycc after a public GitHub file, code-index id 15132048296 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); per-region voxel counts: `Dict.empty(key_type=types.int64, value_type=types.int64[:])`, `stats[lab] = np.array([1, 0, 0, 0], dtype=np.int64)`, `stats[lab][0] += 1` (an item of a dict's array value), `if lab not in stats`, `continue` in a triple loop, the dict of arrays returned as `DictType(int64, int64[:])`
import numpy as np
from numba import njit
from numba.typed import Dict
from numba import types
from numba.pycc import CC
cc = CC('region_counts')


@cc.export('region_stats', 'DictType(int64, int64[:])(int64[:, :, :], int64[:, :, :], int64[:, :, :])')
@njit
def region_stats(labels, side, signal):
    stats = Dict.empty(key_type=types.int64, value_type=types.int64[:])
    for i in range(labels.shape[0]):
        for j in range(labels.shape[1]):
            for k in range(labels.shape[2]):
                lab = labels[i, j, k]
                if lab < 1:
                    continue
                if lab not in stats:
                    stats[lab] = np.array([1, 0, 0, 0], dtype=np.int64)
                else:
                    stats[lab][0] += 1
                if signal[i, j, k] > 0:
                    stats[lab][1] += 1
                s = int(side[i, j, k])
                if s == 1:
                    stats[lab][2] += 1
                elif s == 2:
                    stats[lab][3] += 1
    return stats


@cc.export('region_maxima', 'DictType(int64, float64[:])(int64[:, :], float64[:, :])')
@njit
def region_maxima(labels, dist):
    out = Dict.empty(key_type=types.int64, value_type=types.float64[:])
    for i in range(labels.shape[0]):
        for j in range(labels.shape[1]):
            lab = labels[i, j]
            if lab not in out:
                out[lab] = np.zeros(2, dtype=np.float64)
                out[lab][0] = 1
            else:
                out[lab][0] += 1
            if dist[i, j] > out[lab][1]:
                out[lab][1] = dist[i, j]
    return out
