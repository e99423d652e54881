# corpus: written after code-index id 28150647807 (lang32: no license stated, so new code with the same constructs; `@njit` kernels given a `CC` and `@cc.export` lines)
"""Metropolis sweeps of a periodic 2-d Ising lattice whose random sites and
uniforms are drawn beforehand, so the kernel itself is deterministic."""
import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('ising_presampled')


@cc.export('sweep', 'void(i8[:, :], i8[:], i8[:], f8[:], f8, f8)')
@cc.export('sweep_i1', 'void(i1[:, :], i8[:], i8[:], f8[:], f8, f8)')
@njit
def sweep(spins: np.ndarray, rows: np.ndarray, cols: np.ndarray, draws: np.ndarray, beta: float, coupling: float):
    L = spins.shape[0]
    for t in range(rows.shape[0]):
        r = rows[t]
        c = cols[t]
        s = spins[r, c]
        # the four neighbours, wrapping at the edges
        around = (
            spins[(r - 1) % L, c]
            + spins[(r + 1) % L, c]
            + spins[r, (c - 1) % L]
            + spins[r, (c + 1) % L]
        )
        delta = 2.0 * coupling * s * around
        if delta <= 0.0 or draws[t] < np.exp(-beta * delta):
            spins[r, c] = -s


@cc.export('energy', '(i8[:, :], f8)')
@cc.export('energy_i1', '(i1[:, :], f8)')
@njit
def energy(spins, coupling):
    L = spins.shape[0]
    e = 0.0
    for r in range(L):
        for c in range(L):
            e -= coupling * spins[r, c] * (spins[(r + 1) % L, c] + spins[r, (c + 1) % L])
    return e


@cc.export('magnetization', 'f8(i8[:, :])')
@njit
def magnetization(spins):
    return float(spins.sum()) / spins.size
