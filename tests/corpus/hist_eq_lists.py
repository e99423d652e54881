# corpus: written for pycc after DavorJordacevic/PythonSpeedCheck `histogram-equalization/he_numba.py` (also code-index id 44383694882; no license stated, and the original reads its image with cv2 at module level: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export`); histogram equalization: `for p in pixels` of a uint8 array counting into `np.zeros(levels)` (a `levels=256` default), a list `[values[0]]` grown over `values[1:]` with `acc[-1]`, `np.array(list)`, `.astype('uint8')`, a lookup `lut[flat]` by a uint8 array, `np.reshape(a, img.shape)`
import numpy as np
from numba import njit
from numba.pycc import CC
cc = CC('hist_eq_lists')


@njit(fastmath=True, cache=False)
def count_levels(pixels, levels=256):
    counts = np.zeros(levels)
    for p in pixels:
        counts[p] += 1
    return counts


@njit(fastmath=True, cache=False)
def running_total(values):
    acc = [values[0]]
    for v in values[1:]:
        acc.append(acc[-1] + v)
    return acc


@njit(fastmath=True, cache=False)
def stretch(entries):
    arr = np.array(entries)
    lo = np.min(arr)
    hi = np.max(arr)
    scaled = (arr - lo) * 255 / (hi - lo)
    return scaled.astype('uint8')


@cc.export('equalize', '(u1[:, :],)')
@njit(fastmath=True, cache=False)
def equalize(img):
    flat = img.flatten()
    totals = running_total(count_levels(flat))
    lut = stretch(totals)
    mapped = lut[flat]
    return np.reshape(mapped, img.shape)
