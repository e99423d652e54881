# corpus: written for pycc after a public GitHub file, code-index id 59948778872 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); D8 flow routing on a DEM: tuple offset tables indexed by a loop variable, `np.full` with a positional dtype
import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('d8_receivers')


@cc.export('d8', '(f4[:, :], f8, f8)')
@njit(cache=True)
def d8(z, dx, dy):
    h, w = z.shape
    rec = np.full((h, w), -1, np.int64)      # receiver index, -1 = outlet
    slope = np.zeros((h, w), np.float32)
    di = (-1, 1, 0, 0, -1, -1, 1, 1)
    dj = (0, 0, -1, 1, -1, 1, -1, 1)
    for i in range(h):
        for j in range(w):
            best, bi, bj = 0.0, -1, -1
            for k in range(8):
                ni, nj = i + di[k], j + dj[k]
                if ni < 0 or ni >= h or nj < 0 or nj >= w:
                    continue
                d = np.sqrt((di[k] * dy) ** 2 + (dj[k] * dx) ** 2)
                s = (z[i, j] - z[ni, nj]) / d
                if s > best:
                    best, bi, bj = s, ni, nj
            if bi >= 0:
                rec[i, j] = bi * w + bj
                slope[i, j] = best
    return rec, slope
