# corpus: written for pycc after a public GitHub file, code-index id 43320260412 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); uniform local binary patterns: a histogram folded through a typed dict into a typed list
import numpy as np
from numba import njit, typed, float64, uint8
from numba.pycc import CC

cc = CC('lbp_uniform_list')


@cc.export('fold_histogram', '(f8[:],)')
@njit
def fold_histogram(H):
    out = typed.List.empty_list(float64)
    for _ in range(10):
        out.append(0.0)

    slot = typed.Dict.empty(
        key_type=uint8, value_type=uint8
    )
    slot[0] = 0
    slot[255] = 1
    slot[127] = 2
    slot[191] = 3
    slot[1] = 4
    slot[3] = 5
    slot[7] = 6
    slot[15] = 7
    slot[128] = 8

    keys = [0, 255, 127, 191, 1, 3, 7, 15, 128]

    for idx in range(256):
        if idx in keys:
            out[slot[idx] + 1] = H[idx]
        else:
            out[0] += H[idx]
    return out
