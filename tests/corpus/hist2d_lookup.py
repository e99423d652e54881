# corpus: written for pycc after public GitHub files, code-index id 3781762902 and aqqosh/ml_tools `exploring_numba/04_atomic_operation.py` (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); 2-d histogram: `@numba.jit(nopython=True)` of a dict comprehension `{arr[i]: i for i in range(len(arr))}` returned as `DictType(i8, i8)`, `@numba.jit("float64[:,:](...)", nopython=True)` with `dtype=numba.float64`, `math.floor` indices, `np.int32((e - lo)/w)` of float32 values
import numpy as np
import math
import numba
from numba.pycc import CC
cc = CC('hist2d_lookup')


@cc.export('reverse_lookup', 'DictType(i8, i8)(i8[:])')
@numba.jit(nopython=True)
def reverse_lookup(arr):
    return {arr[i]: i for i in range(len(arr))}


@cc.export('hist2d', 'float64[:,:](float64[:],float64[:],float64,float64[:],float64[:])')
@numba.jit("float64[:,:](float64[:],float64[:],float64,float64[:],float64[:])", nopython=True)
def hist2d(y, x, weight, by, bx):
    n = len(x)
    ny = len(by) - 1
    nx = len(bx) - 1
    sy = by[1] - by[0]
    sx = bx[1] - bx[0]
    h = np.zeros((ny, nx), dtype=numba.float64)
    for i in range(n):
        iy = math.floor((y[i] - by[0]) / sy)
        if iy < 0:
            continue
        if iy >= ny:
            continue
        ix = math.floor((x[i] - bx[0]) / sx)
        if ix < 0 or ix >= nx:
            continue
        h[iy, ix] += weight
    return h


@cc.export('bin_counts', 'void(f4[:], f4, f4, i4[:])')
@numba.njit
def bin_counts(x, lo, hi, out):
    nb = out.shape[0]
    w = (hi - lo) / nb
    for e in x:
        b = np.int32((e - lo)/w)
        if b >= 0 and b < out.shape[0]:
            out[b] += 1
