# corpus: written after code-index id 45985519019 (lang32: no license stated, so new code with the same constructs; `@njit(cache=True)` kernels given a `CC` and `@cc.export` lines)
import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('sw_banded_local')

STOP = 0
DIAG = 1
LEFT = 2
UP = 3


@cc.export('band_fill', '(u1[:], u1[:], i8, i8, i8, i8)')
@njit(cache=True)
def band_fill(a, b, half, gap, match, mismatch):
    """Smith-Waterman scores inside a diagonal band of half-width `half`;
    column k of a row holds j = i - half + k."""
    n = a.shape[0]
    m = b.shape[0]
    width = 2 * half + 1
    score = np.zeros((n + 1, width), dtype=np.int32)
    move = np.zeros((n + 1, width), dtype=np.int8)
    best = 0
    best_at = (0, 0)
    for i in range(1, n + 1):
        lo = max(1, i - half)
        hi = min(m, i + half)
        for j in range(lo, hi + 1):
            k = j - i + half
            if 0 <= k < width:
                s = match if a[i - 1] == b[j - 1] else mismatch
                diag = score[i - 1, k] + s
            else:
                diag = float('-inf')
            if 0 <= k - 1 < width:
                left = score[i, k - 1] + gap
            else:
                left = float('-inf')
            if 0 <= k + 1 < width:
                up = score[i - 1, k + 1] + gap
            else:
                up = float('-inf')
            v = max(diag, left, up, 0)
            score[i, k] = v
            if v == 0:
                move[i, k] = STOP
            elif v == diag:
                move[i, k] = DIAG
            elif v == left:
                move[i, k] = LEFT
            else:
                move[i, k] = UP
            if v > best:
                best = v
                best_at = (i, j)
    return best, best_at, move


@cc.export('band_trace', '(u1[:], u1[:], i1[:, :], i8, UniTuple(i8, 2))')
@njit(cache=True)
def band_trace(a, b, move, half, at):
    i, j = at
    top = np.empty(i + j, dtype=np.uint8)
    bottom = np.empty(i + j, dtype=np.uint8)
    w = i + j - 1
    while i > 0 and j > 0:
        k = j - i + half
        if k < 0 or k >= move.shape[1]:
            break
        code = move[i, k]
        if code == STOP:
            break
        if code == DIAG:
            top[w] = a[i - 1]
            bottom[w] = b[j - 1]
            i -= 1
            j -= 1
        elif code == LEFT:
            top[w] = ord('-')
            bottom[w] = b[j - 1]
            j -= 1
        else:
            top[w] = a[i - 1]
            bottom[w] = ord('-')
            i -= 1
        w -= 1
    return top[w + 1::], bottom[w + 1::]


@cc.export('align', '(u1[:], u1[:], i8)')
@njit(cache=True)
def align(a, b, half):
    best, at, move = band_fill(a, b, half, -2, 3, -1)
    top, bottom = band_trace(a, b, move, half, at)
    return best, at[0], at[1], top, bottom
