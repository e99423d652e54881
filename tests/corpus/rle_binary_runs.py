# corpus: written for pycc after a public GitHub file, code-index id 30310801125 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@jit(nopython=True, cache=True)` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); run lengths of a 0/1 signal: `for b in bits` of a uint8 array with a state rebound to an item, a uint32 count array returned as `out[: k + 1]`, `np.zeros(np.sum(lengths), dtype=np.uint64)` (a uint64 count), slice stores `out[pos : pos + lengths[j]] = value` with `pos += lengths[j]` of uint32 items
"""
Run lengths of a 0/1 signal and back.
"""

import numpy as np
from numba import jit
from numba.pycc import CC
cc = CC('rle_binary_runs')


@cc.export('runs_of', '(u1[:],)')
@jit(nopython=True, cache=True)
def runs_of(bits):
    """
    The lengths of alternating runs of a 0/1 array, the first run counting
    ones (so it is 0 when the array starts with a zero).
    """

    out = np.zeros(len(bits), dtype=np.uint32)
    k = 0
    state = 1
    length = 0
    for b in bits:
        if b == state:
            length += 1
        else:
            out[k] = length
            k += 1
            state = b
            length = 1
    out[k] = length
    return out[: k + 1]


@cc.export('expand', '(u4[:],)')
@jit(nopython=True, cache=True)
def expand(lengths):
    out = np.zeros(np.sum(lengths), dtype=np.uint64)
    pos = 0
    value = 1
    for j in range(len(lengths)):
        out[pos : pos + lengths[j]] = value
        pos += lengths[j]
        value = 1 - value
    return out
