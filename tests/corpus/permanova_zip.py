# corpus: written for pycc after a public GitHub file, code-index id 6459398741 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); PERMANOVA within-group sum of squares: `zip` of a 1-d and a 2-d array, `sum` shadowed by an array
from typing import Sequence
from numba import njit
import numpy as np
from numba.pycc import CC

cc = CC('permanova_zip')


@cc.export('ss_within', '(f8[:], i2[:, :], f8[:])')
@njit
def ss_within(sqd: np.ndarray, labels: np.ndarray, bc: np.ndarray):
    sum = np.zeros_like(bc, dtype=np.float64)
    for d, lbs in zip(sqd, labels):
        if lbs[0] == lbs[1]:
            sum[lbs[0]] += d
    return np.sum(sum/bc)


def f_stat(ss_t, ss_w, a, n):
    return ((ss_t - ss_w)/(a-1))/(ss_w/(n-a))
