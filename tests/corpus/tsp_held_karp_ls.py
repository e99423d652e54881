# corpus: written for pycc after a public GitHub file, code-index id 52560409637 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); TSP: Held-Karp and 2-opt/or-opt local search
import time
import random
import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('tsp_held_karp_ls')


@cc.export('held_karp', 'i8[:](f8[:,:], i8)')
@njit(cache=True)
def held_karp(dist, n):
    INF = 1e18
    size = 1 << n
    dp = np.full((size, n), INF)
    back = np.full((size, n), -1, dtype=np.int64)
    dp[1][0] = 0.0
    for S in range(1, size):
        if not (S & 1): continue
        for last in range(n):
            if not (S >> last & 1): continue
            if dp[S][last] >= INF: continue
            for nxt in range(n):
                if S >> nxt & 1: continue
                T = S | (1 << nxt)
                c = dp[S][last] + dist[last, nxt]
                if c < dp[T][nxt]:
                    dp[T][nxt] = c
                    back[T][nxt] = last
    full = size - 1
    best = INF; end = 0
    for i in range(1, n):
        tot = dp[full][i] + dist[i, 0]
        if tot < best: best = tot; end = i
    tour = np.empty(n, dtype=np.int64)
    S = full; cur = end
    for p in range(n - 1, 0, -1):
        tour[p] = cur
        prev = back[S][cur]
        S = S ^ (1 << cur)
        cur = prev
    tour[0] = 0
    return tour


@cc.export('nearest_tour', 'i8[:](f8[:,:], i8, i8)')
@njit(cache=True)
def nearest_tour(dist, n, start):
    seen = np.zeros(n, dtype=np.bool_)
    tour = np.empty(n, dtype=np.int64)
    tour[0] = start; seen[start] = True
    for step in range(1, n):
        cur = tour[step - 1]; pick = 0; pick_d = 1e18
        for j in range(n):
            if not seen[j] and dist[cur, j] < pick_d:
                pick_d = dist[cur, j]; pick = j
        tour[step] = pick; seen[pick] = True
    return tour


@cc.export('tour_length', 'f8(i8[:], f8[:,:], i8)')
@njit(cache=True)
def tour_length(tour, dist, n):
    total = 0.0
    for i in range(n): total += dist[tour[i], tour[(i + 1) % n]]
    return total


@cc.export('neighbours', 'i8[:,:](f8[:,:], i8, i8)')
@njit(cache=True)
def neighbours(dist, n, k):
    out = np.empty((n, k), dtype=np.int64)
    for i in range(n):
        row = dist[i].copy(); row[i] = 1e18
        order = np.argsort(row)
        for q in range(k): out[i, q] = order[q]
    return out


@njit(cache=True)
def set_positions(tour, pos, n):
    for i in range(n): pos[tour[i]] = i


@cc.export('two_opt', 'i8[:](i8[:], i8[:], f8[:,:], i8[:,:], i8, i8)')
@njit(cache=True)
def two_opt(tour, pos, dist, nb, n, k):
    set_positions(tour, pos, n)
    improved = True
    while improved:
        improved = False
        for idx in range(n):
            a = tour[idx]
            b = tour[(idx + 1) % n]; dab = dist[a, b]
            for q in range(k):
                c = nb[a, q]; dac = dist[a, c]
                if dac >= dab: break
                j = pos[c]; d = tour[(j + 1) % n]
                if d == a or c == b: continue
                gain = dab + dist[c, d] - dac - dist[b, d]
                if gain > 1e-10:
                    if idx < j: l, r = idx + 1, j
                    else: l, r = j + 1, idx
                    while l < r:
                        pos[tour[l]] = r; pos[tour[r]] = l
                        tour[l], tour[r] = tour[r], tour[l]; l += 1; r -= 1
                    improved = True
                    break
    return tour


@cc.export('or_opt', 'i8[:](i8[:], i8[:], f8[:,:], i8[:,:], i8, i8, i8)')
@njit(cache=True)
def or_opt(tour, pos, dist, nb, n, k, seg_size):
    improved = True
    while improved:
        improved = False
        for i in range(n - seg_size + 1):
            first = tour[i]
            last = tour[i + seg_size - 1]
            p_idx = (i - 1 + n) % n; p = tour[p_idx]; q = tour[(i + seg_size) % n]
            removed = dist[p, first] + dist[last, q] - dist[p, q]
            gain = 1e-10; at = -1; rev = False
            for m in range(k):
                u = nb[first, m]; j = pos[u]
                if j == p_idx: continue
                if i <= j < i + seg_size: continue
                v = tour[(j + 1) % n]; base = dist[u, v]
                fwd = dist[u, first] + dist[last, v] - base
                if removed - fwd > gain: gain = removed - fwd; at = j; rev = False
                if seg_size > 1:
                    bwd = dist[u, last] + dist[first, v] - base
                    if removed - bwd > gain: gain = removed - bwd; at = j; rev = True
            if at >= 0:
                seg = tour[i:i + seg_size].copy()
                if rev:
                    for m in range(seg_size // 2):
                        seg[m], seg[seg_size - 1 - m] = seg[seg_size - 1 - m], seg[m]
                rest = np.empty(n - seg_size, dtype=np.int64); ri = 0
                for t in range(n):
                    if t < i or t >= i + seg_size: rest[ri] = tour[t]; ri += 1
                ins = at if at < i else at - seg_size
                nt = np.empty(n, dtype=np.int64)
                for t in range(ins + 1): nt[t] = rest[t]
                for t in range(seg_size): nt[ins + 1 + t] = seg[t]
                for t in range(ins + 1, n - seg_size): nt[t + seg_size] = rest[t]
                tour = nt; set_positions(tour, pos, n); improved = True; break
    return tour


@cc.export('local_search', 'i8[:](i8[:], i8[:], f8[:,:], i8[:,:], i8, i8)')
@njit(cache=True)
def local_search(tour, pos, dist, nb, n, k):
    prev = tour_length(tour, dist, n)
    while True:
        tour = two_opt(tour, pos, dist, nb, n, k)
        tour = or_opt(tour, pos, dist, nb, n, k, 1)
        tour = or_opt(tour, pos, dist, nb, n, k, 2)
        tour = or_opt(tour, pos, dist, nb, n, k, 3)
        now = tour_length(tour, dist, n)
        if now >= prev - 1e-10: break
        prev = now
    return tour


def _warmup():
    pts = np.array([[0., 0.], [1., 0.], [2., 0.], [2., 1.], [1., 1.], [0., 1.]])
    d = np.sqrt(((pts[:, None, :] - pts[None, :, :]) ** 2).sum(-1))
    local_search(nearest_tour(d, 6, 0), np.zeros(6, np.int64), d, neighbours(d, 6, 3), 6, 3)


_warmup()
