# corpus: written for pycc after a public GitHub file, code-index id 13159020450 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); heart-rate variability kernels: a quadratic peak refinement returning `float(k) + ...`, `np.mean`/`np.std`/`np.diff`/`np.square` of a 1-d array, `x.size >= 2`, `np.nan` on one branch of a three-float tuple
import numpy as np
from numba import njit
from numba.pycc import CC
cc = CC('hrv_core')

MIN_MAD = 0.005


@cc.export('peak_refine', 'f8(f8[:], i8)')
@njit(cache=True)
def peak_refine(y, k):
    if k == 0 or k == len(y) - 1:
        return float(k)
    ym = y[k - 1]
    y0 = y[k]
    yp = y[k + 1]
    return float(k) + (ym - yp) / (2 * (ym - 2 * y0 + yp))


@cc.export('hrv_stats', 'Tuple((f8, f8, f8))(f8[:])')
@njit(cache=True)
def hrv_stats(ibi):
    mean_ibi = np.mean(ibi)
    sdnn = np.std(ibi) * 1000.0
    if ibi.size >= 2:
        d = np.diff(ibi)
        d = np.square(d)
        rmssd = np.sqrt(np.mean(d)) * 1000.0
    else:
        rmssd = np.nan
    return mean_ibi, sdnn, rmssd
