# corpus: written for pycc after a public GitHub file, code-index id 27422207426 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); planetesimal N-body: pairwise gravity, spatial-hash neighbour pairs, collision times, merging by union-find in a closure
import numpy as np
from numba import njit, prange
from numba.pycc import CC

cc = CC('planetesimal_merge')

G = 6.67430e-11
M_STAR = 1.989e30
M_EARTH = 5.972e24
R_EARTH = 6.371e6


@cc.export('accelerations', '(f8[:, :], f8[:])')
@njit(parallel=True)
def accelerations(pos, masses):
    n = pos.shape[0]
    acc = np.zeros((n, 2), dtype=np.float64)
    for i in prange(n):
        xi, yi = pos[i]
        axi = 0.0
        ayi = 0.0
        for j in range(n):
            if i == j:
                continue
            dx = xi - pos[j,0]
            dy = yi - pos[j,1]
            d3 = (dx*dx + dy*dy)**1.5
            axi += -G * masses[j] * dx / d3
            ayi += -G * masses[j] * dy / d3
        r = np.hypot(xi, yi)
        axi += -G * M_STAR * xi / (r**3)
        ayi += -G * M_STAR * yi / (r**3)
        acc[i,0] = axi
        acc[i,1] = ayi
    return acc


@cc.export('leapfrog', '(f8[:, :], f8[:, :], f8[:], f8)')
@njit
def leapfrog(pos, vel, masses, dt):
    a0 = accelerations(pos, masses)
    half = vel + 0.5 * dt * a0
    pos_new  = pos + dt * half
    a1 = accelerations(pos_new, masses)
    return pos_new, half + 0.5 * dt * a1


@cc.export('neighbour_pairs', '(f8[:, :], f8)')
@njit(parallel=True)
def neighbour_pairs(pos, cell):
    n = pos.shape[0]
    gx = np.empty(n, np.int64)
    gy = np.empty(n, np.int64)
    for i in prange(n):
        gx[i] = int(pos[i,0] // cell)
        gy[i] = int(pos[i,1] // cell)
    cnt = 0
    for i in range(n):
        for j in range(i+1, n):
            if abs(gx[i]-gx[j])<=1 and abs(gy[i]-gy[j])<=1:
                cnt += 1
    pairs = np.empty((cnt,2), np.int64)
    idx = 0
    for i in range(n):
        for j in range(i+1, n):
            if abs(gx[i]-gx[j])<=1 and abs(gy[i]-gy[j])<=1:
                pairs[idx,0] = i
                pairs[idx,1] = j
                idx += 1
    return pairs


@cc.export('collision_times', '(f8[:, :], f8[:, :], f8[:], i8[:, :], f8)')
@njit(parallel=True)
def collision_times(pos, vel, radii, pairs, factor):
    m = pairs.shape[0]
    times = np.empty(m, dtype=np.float64)
    for k in prange(m):
        i, j = pairs[k]
        dx = pos[i,0] - pos[j,0]
        dy = pos[i,1] - pos[j,1]
        rvx = vel[i,0] - vel[j,0]
        rvy = vel[i,1] - vel[j,1]
        rs = (radii[i] + radii[j]) * factor
        a = rvx*rvx + rvy*rvy
        b = 2.0*(dx*rvx + dy*rvy)
        c = dx*dx + dy*dy - rs*rs
        if a == 0.0:
            times[k] = 0.0 if c <= 0.0 else np.inf
        else:
            disc = b*b - 4*a*c
            if disc < 0.0:
                times[k] = np.inf
            else:
                sd = np.sqrt(disc)
                t1 = (-b - sd)/(2*a)
                t2 = (-b + sd)/(2*a)
                tcol = np.inf
                if t1>=0.0: tcol = t1
                if 0.0<=t2<tcol: tcol = t2
                times[k] = tcol
    return times


@cc.export('absorbed', '(f8[:, :], f8[:, :], f8, f8)')
@njit(parallel=True)
def absorbed(pos, vel, dt, rstar):
    n = pos.shape[0]
    out = np.zeros(n, np.bool_)
    for i in prange(n):
        x, y = pos[i]
        vx, vy = vel[i]
        v2 = vx*vx + vy*vy
        if v2 > 0.0:
            t_hit = - (x*vx + y*vy) / v2
            t_hit = 0.0 if t_hit<0 else dt if t_hit>dt else t_hit
        else:
            t_hit = 0.0
        xx = x + vx*t_hit
        yy = y + vy*t_hit
        if xx*xx + yy*yy <= rstar*rstar:
            out[i] = True
    return out


@cc.export('merge', '(f8[:, :], f8[:, :], f8[:], i8[:, :], f8[:], f8, f8)')
@njit
def merge(pos, vel, masses, pairs, tcols, dt, rstar):
    n = masses.shape[0]
    parent = np.arange(n, dtype=np.int64)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for k in range(pairs.shape[0]):
        if tcols[k] <= dt:
            i, j = pairs[k]
            pi, pj = find(i), find(j)
            if pi != pj:
                parent[pj] = pi
    labels = np.empty(n, np.int64)
    for i in range(n):
        labels[i] = find(i)
    idx_map = -np.ones(n, np.int64)
    new_n = 0
    for i in range(n):
        r = labels[i]
        if idx_map[r] == -1:
            idx_map[r] = new_n
            new_n += 1
    new_pos = np.zeros((new_n,2), dtype=np.float64)
    new_vel = np.zeros((new_n,2), dtype=np.float64)
    new_mass = np.zeros(new_n, dtype=np.float64)
    new_rad  = np.zeros(new_n, dtype=np.float64)
    for i in range(n):
        g = idx_map[labels[i]]
        m = masses[i]
        new_mass[g] += m
        new_pos[g]  += pos[i] * m
        new_vel[g]  += vel[i] * m
    for g in range(new_n):
        mt = new_mass[g]
        new_pos[g] /= mt
        new_vel[g] /= mt
        new_rad[g] = (mt / M_EARTH)**(1/3) * R_EARTH
    gone = absorbed(new_pos, new_vel, dt, rstar)
    survivors = (~gone).sum()
    final_pos = np.zeros((survivors,2), dtype=np.float64)
    final_mass= np.zeros(survivors, dtype=np.float64)
    final_rad = np.zeros(survivors, dtype=np.float64)
    idx = 0
    for i in range(new_n):
        if not gone[i]:
            final_pos[idx]  = new_pos[i]
            final_mass[idx] = new_mass[i]
            final_rad[idx]  = new_rad[i]
            idx += 1
    return final_pos, final_mass, final_rad
