# corpus: written for pycc after a public GitHub file, code-index id 68545463807 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); Smith-Waterman local alignment with affine gaps over a similarity matrix
"""Local alignment (Gotoh) of two sequences given only their M x N similarity matrix."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Tuple

import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('sw_affine_fill')

_NEG = -1.0e18


@dataclass
class Alignment:
    score: float
    end: Tuple[int, int]
    path_a: np.ndarray
    path_b: np.ndarray
    pairs: List[Tuple[Optional[int], Optional[int]]]


@cc.export('fill', '(f8[:,:], f8, f8)')
@njit(cache=True)
def fill(S, gap_open, gap_extend):
    """H/E/F scores and their traceback codes (0 stop, 1 diagonal, 2 from E, 3 from F)."""
    m, n = S.shape
    H = np.zeros((m + 1, n + 1), dtype=np.float64)
    E = np.full((m + 1, n + 1), _NEG, dtype=np.float64)
    F = np.full((m + 1, n + 1), _NEG, dtype=np.float64)
    tH = np.zeros((m + 1, n + 1), dtype=np.int8)
    tE = np.zeros((m + 1, n + 1), dtype=np.int8)
    tF = np.zeros((m + 1, n + 1), dtype=np.int8)
    open_ext = gap_open + gap_extend
    best = 0.0
    bi = 0
    bj = 0
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            e_open = H[i, j - 1] - open_ext
            e_ext = E[i, j - 1] - gap_extend
            if e_open >= e_ext:
                E[i, j] = e_open
                tE[i, j] = 0
            else:
                E[i, j] = e_ext
                tE[i, j] = 1
            f_open = H[i - 1, j] - open_ext
            f_ext = F[i - 1, j] - gap_extend
            if f_open >= f_ext:
                F[i, j] = f_open
                tF[i, j] = 0
            else:
                F[i, j] = f_ext
                tF[i, j] = 1
            diag = H[i - 1, j - 1] + S[i - 1, j - 1]
            h = 0.0
            code = np.int8(0)
            if diag > h:
                h = diag
                code = np.int8(1)
            if E[i, j] > h:
                h = E[i, j]
                code = np.int8(2)
            if F[i, j] > h:
                h = F[i, j]
                code = np.int8(3)
            H[i, j] = h
            tH[i, j] = code
            if h > best:
                best = h
                bi = i
                bj = j
    return H, E, F, tH, tE, tF, best, bi, bj


@cc.export('traceback', '(i1[:,:], i1[:,:], i1[:,:], i8, i8, i8, i8)')
@njit(cache=True)
def traceback(tH, tE, tF, bi, bj, m, n):
    cap = m + n
    pa = np.empty(cap, dtype=np.int64)
    pb = np.empty(cap, dtype=np.int64)
    k = 0
    i = bi
    j = bj
    state = 0
    while True:
        if state == 0:
            c = tH[i, j]
            if c == 0:
                break
            elif c == 1:
                pa[k] = i - 1
                pb[k] = j - 1
                k += 1
                i -= 1
                j -= 1
            elif c == 2:
                state = 1
            else:
                state = 2
        elif state == 1:
            pa[k] = -1
            pb[k] = j - 1
            k += 1
            if tE[i, j] == 0:
                state = 0
            j -= 1
        else:
            pa[k] = i - 1
            pb[k] = -1
            k += 1
            if tF[i, j] == 0:
                state = 0
            i -= 1
    ra = np.empty(k, dtype=np.int64)
    rb = np.empty(k, dtype=np.int64)
    for t in range(k):
        ra[t] = pa[k - 1 - t]
        rb[t] = pb[k - 1 - t]
    return ra, rb


def align(S, gap_open=1.0, gap_extend=1.0) -> Alignment:
    S = np.ascontiguousarray(S, dtype=np.float64)
    H, E, F, tH, tE, tF, best, bi, bj = fill(S, float(gap_open), float(gap_extend))
    if best <= 0.0:
        e = np.empty(0, dtype=np.int64)
        return Alignment(0.0, (-1, -1), e, e.copy(), [])
    a, b = traceback(tH, tE, tF, bi, bj, *S.shape)
    pairs = [(None if x < 0 else int(x), None if y < 0 else int(y)) for x, y in zip(a, b)]
    return Alignment(float(best), (bi - 1, bj - 1), a, b, pairs)
