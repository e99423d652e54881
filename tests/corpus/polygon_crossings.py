# corpus: written after code-index ids 48227646458 and 28390562601 (lang32: no license stated, so new code with the same constructs; `@jit(nopython=True)` / `@njit(parallel=True)` kernels given a `CC` and `@cc.export` lines)
"""Point-in-polygon tests: a crossing count walking the closed ring with a
carried previous vertex, a batch over points, and an edge-aware variant
that reports points on the boundary."""
from typing import Literal

import numba
import numpy as np
import numpy.typing as npt
from numba import jit, njit
from numba.pycc import CC

cc = CC('polygon_crossings')


@cc.export('inside', '(f8, f8, f8[:, :])')
@jit(nopython=True)
def inside(x, y, ring):
    n = len(ring)
    result = False
    cross = 0.0
    ax, ay = ring[0]
    for i in numba.prange(n + 1):
        bx, by = ring[i % n]
        if min(ay, by) < y <= max(ay, by) and x <= max(ax, bx):
            if ay != by:
                cross = (y - ay) * (bx - ax) / (by - ay) + ax
            if ax == bx or x <= cross:
                result = not result
        ax, ay = bx, by
    return result


@cc.export('inside_many', '(f8[:, :], f8[:, :])')
@njit(parallel=True)
def inside_many(points, ring):
    flags = np.empty(len(points), dtype=numba.boolean)
    for i in numba.prange(0, len(points)):
        flags[i] = inside(points[i, 0], points[i, 1], ring)
    return flags


@cc.export('classify', '(f8[:, :], f8[:])')
@jit(nopython=True)
def classify(
    ring: npt.NDArray[np.float64], p: npt.NDArray[np.float64]
) -> Literal[0, 1, 2]:
    """0 outside, 1 inside, 2 on an edge (winding count of signed crossings)."""
    m = len(ring)
    winding = 0
    ux = p[0] - ring[0][0]
    uy = p[1] - ring[0][1]
    k = 1
    while k < m:
        px, py = ux, uy
        ux = p[0] - ring[k][0]
        uy = p[1] - ring[k][1]
        side = (px - ux) * py - px * (py - uy)
        if side == 0.0 and px * ux <= 0 and py * uy <= 0:
            return 2
        if (py >= 0 and uy < 0) or (uy >= 0 and py < 0):
            if side > 0:
                winding += 1
            elif side < 0:
                winding -= 1
        k += 1
    return 1 if winding != 0 else 0
