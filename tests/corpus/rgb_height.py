# corpus: written for pycc after a public GitHub file, code-index id 8998686654 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); height map from an RGB bitmap: `R, G, B = px` of a `u1` row, `(G << 7) | (R & (0x07) << 4) | (B & 0x0f)` on uint8 values, `rows, cols, depth = img.shape`, `img.reshape(rows * cols, depth)`, `prange`, a helper given a row `flat[k]`, `np.array` annotations
import numpy as np
from numba import njit, prange
from numba.pycc import CC
cc = CC('rgb_height')

RES = 0.01343
FLOOR = -220


@cc.export('pixel_height', 'f8(u1[:])')
@njit()
def pixel_height(px):
    R, G, B = px
    return RES * int((G << 7) | (R & (0x07) << 4) | (B & 0x0f)) + FLOOR


@cc.export('height_map', 'f8[:, :](u1[:, :, :])')
@njit(parallel=True)
def height_map(img: np.array) -> np.array:
    rows, cols, depth = img.shape
    flat = img.reshape(rows * cols, depth)
    out = np.zeros(rows * cols, dtype=np.float64)
    for k in prange(rows * cols):
        out[k] = pixel_height(flat[k])
    return out.reshape(rows, cols)
