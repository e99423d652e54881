# corpus: written for pycc after a public GitHub file, code-index id 58632424320 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); Lucas-Kanade translation with a fused cubic B-spline: `njit = nb.njit` / `prange = nb.prange` module aliases, `@njit(cache=True, inline="always")`, module int constants as statuses, `np.float64(G[i, j])`, `np.int64(np.round(x))`, `not (f(a) and f(b))`, a `Tuple((f8, f8, i8))` helper result inside a `prange` loop, a 3-d slice `C_all[p]` and a 2-d window as helper arguments
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('spline_lk')

njit = nb.njit
prange = nb.prange

_K = 3
OK = 0
SINGULAR = 1
DIVERGED = 2


@njit(cache=True, inline="always")
def finite_within(v, limit):
    return np.isfinite(v) and abs(v) <= limit


@cc.export('bspline_basis', 'i8(f8[:], f8, i8, f8[:])')
@njit(cache=True, inline="always")
def bspline_basis(t, x, ncoef, out):
    if x < t[_K]:
        x = t[_K]
    elif x > t[ncoef]:
        x = t[ncoef]
    span = _K
    while span < ncoef - 1 and x >= t[span + 1]:
        span += 1
    out[0] = 1.0
    out[1] = 0.0
    out[2] = 0.0
    out[3] = 0.0
    for j in range(1, _K + 1):
        saved = 0.0
        for r in range(j):
            left = x - t[span + 1 - j + r]
            right = t[span + 1 + r] - x
            den = right + left
            tmp = out[r] / den if den != 0.0 else 0.0
            out[r] = saved + right * tmp
            saved = left * tmp
        out[j] = saved
    return span


@njit(cache=True)
def eval_grid(tx, ty, C, dy, dx, F, sy, sx, by, bx, buf):
    h = F.shape[0]
    w = F.shape[1]
    for a in range(h):
        sy[a] = bspline_basis(tx, a + dy, C.shape[0], buf)
        for p in range(_K + 1):
            by[a, p] = buf[p]
    for b in range(w):
        sx[b] = bspline_basis(ty, b + dx, C.shape[1], buf)
        for p in range(_K + 1):
            bx[b, p] = buf[p]
    for a in range(h):
        r0 = sy[a] - _K
        for b in range(w):
            c0 = sx[b] - _K
            acc = 0.0
            for p in range(_K + 1):
                acc += by[a, p] * (
                    bx[b, 0] * C[r0 + p, c0]
                    + bx[b, 1] * C[r0 + p, c0 + 1]
                    + bx[b, 2] * C[r0 + p, c0 + 2]
                    + bx[b, 3] * C[r0 + p, c0 + 3]
                )
            F[a, b] = acc


@cc.export('translate', 'Tuple((f8, f8, i8))(f8[:, :], f8[:], f8[:], f8[:, :], i8, f8, f8, f8)')
@njit(cache=True)
def translate(G, tx, ty, C, maxiter, tol, dy0, dx0):
    h = G.shape[0] - 2
    w = G.shape[1] - 2
    Gx = np.empty((h, w), dtype=np.float64)
    Gy = np.empty((h, w), dtype=np.float64)
    Gc = np.empty((h, w), dtype=np.float64)
    sxx = 0.0
    syy = 0.0
    sxy = 0.0
    for i in range(h):
        for j in range(w):
            gx = (np.float64(G[i + 1, j + 2]) - np.float64(G[i + 1, j])) * 0.5
            gy = (np.float64(G[i + 2, j + 1]) - np.float64(G[i, j + 1])) * 0.5
            Gx[i, j] = gx
            Gy[i, j] = gy
            Gc[i, j] = np.float64(G[i + 1, j + 1])
            sxx += gx * gx
            syy += gy * gy
            sxy += gx * gy
    det = sxy * sxy - sxx * syy
    if abs(det) < 1e-10:
        return 0.0, 0.0, SINGULAR
    F = np.empty((h, w), dtype=np.float64)
    sy = np.empty(h, dtype=np.int64)
    sx = np.empty(w, dtype=np.int64)
    by = np.empty((h, _K + 1), dtype=np.float64)
    bx = np.empty((w, _K + 1), dtype=np.float64)
    buf = np.empty(_K + 1, dtype=np.float64)
    ty_, tx_ = dy0, dx0
    step_y, step_x = dy0, dx0
    oy = 0.0
    ox = 0.0
    for _ in range(maxiter):
        oy += step_y
        ox += step_x
        eval_grid(tx, ty, C, oy, ox, F, sy, sx, by, bx, buf)
        b0 = 0.0
        b1 = 0.0
        for i in range(h):
            for j in range(w):
                r = Gc[i, j] - F[i, j]
                b0 += Gx[i, j] * r
                b1 += Gy[i, j] * r
        step_y = (sxy * b0 - sxx * b1) / det
        step_x = (-syy * b0 + sxy * b1) / det
        ty_ += step_y
        tx_ += step_x
        if np.sqrt(step_y * step_y + step_x * step_x) < tol:
            break
    if not (np.isfinite(ty_) and np.isfinite(tx_)):
        return 0.0, 0.0, DIVERGED
    return -ty_, -tx_, OK


@cc.export('track_frame', '(f8[:, :], i8[:, :], f8[:], f8[:], f8[:, :, :], f8[:, :], f8[:, :], i8[:], b1[:], i8, i8, i8, i8, f8)')
@njit(cache=True, parallel=True)
def track_frame(frame, points, tx, ty, C_all, prev, out, status, clamped,
                roi_h, roi_w, pad, maxiter, tol):
    height = frame.shape[0]
    width = frame.shape[1]
    hh = roi_h // 2 + pad
    hw = roi_w // 2 + pad
    for p in prange(points.shape[0]):
        py = prev[p, 0]
        px = prev[p, 1]
        if not (finite_within(py, height) and finite_within(px, width)):
            status[p] = DIVERGED
            clamped[p] = False
            out[p, 0] = py
            out[p, 1] = px
            continue
        iy = np.int64(np.round(py))
        ix = np.int64(np.round(px))
        y0 = points[p, 0] + iy
        x0 = points[p, 1] + ix
        y = min(max(y0, hh), height - hh - 1)
        x = min(max(x0, hw), width - hw - 1)
        clamped[p] = (y != y0) or (x != x0)
        G = frame[y - hh:y + hh + 1, x - hw:x + hw + 1]
        dy, dx, st = translate(G, tx, ty, C_all[p], maxiter, tol, iy - py, ix - px)
        ny = dy + iy
        nx = dx + ix
        if st == OK and not (finite_within(ny, height) and finite_within(nx, width)):
            st = DIVERGED
        status[p] = st
        out[p, 0] = ny
        out[p, 1] = nx
