# differential-python: numpy
# Arrays past 128 KiB, which pycc's buffer cache (numpy's memory handler
# while such a call runs, src/wrap/runtime_buffer.c) hands from one
# allocation to the next: np.zeros of a reused buffer is zeros again, a
# returned array outlives the call and is freed by the caller into the
# cache, realloc'd and sliced buffers keep their bytes, and numpy's own
# calls (np.roll, np.concatenate) allocate through it too.
import numpy as np
from pycc import CC

cc = CC('big_buffers_prog')


@cc.export('zeros_again', 'f8(i8, i8)')
def zeros_again(n, k):
    s = 0.0
    for i in range(k):
        z = np.zeros(n)
        s += z.sum() + z[n - 1]
        z[:] = i + 1.5
        s += z[n // 2]
    return s


@cc.export('evolve', 'f8[:, :](f8[:, :], f8)')
def evolve(grid, dt):
    lap = np.roll(grid, 1, 0) + np.roll(grid, -1, 0) + np.roll(grid, 1, 1) + np.roll(grid, -1, 1) - 4 * grid
    return grid + dt * lap


@cc.export('steps', 'f8(i8, i8)')
def steps(n, k):
    g = np.zeros((n, n))
    g[n // 3:n // 2, n // 3:n // 2] = 0.005
    for _ in range(k):
        lap = np.roll(g, 1, 0) + np.roll(g, -1, 0) + np.roll(g, 1, 1) + np.roll(g, -1, 1) - 4 * g
        g = g + 0.1 * lap
    return g.sum() + g[n // 2 - 1, n // 2 - 1]


@cc.export('grow', 'i8[:](i8, i8)')
def grow(n, k):
    a = np.arange(n)
    for i in range(k):
        a = np.concatenate((a, a[: n // 2] * (i + 2)))
    return a[::-1].copy()


@cc.export('ones_like_big', 'f8[:](f8[:])')
def ones_like_big(a):
    b = np.ones_like(a)
    c = np.empty_like(a)
    c[:] = a * 2.0
    return b + c


CASES = {
    'zeros_again': [(40000, 5), (100, 3), (1 << 16, 2)],
    'evolve': [lambda: (np.arange(512 * 512, dtype=np.float64).reshape(512, 512) % 7.0, 0.1),
               lambda: (np.ones((3, 4)), 0.5)],
    'steps': [(256, 4), (8, 3)],
    'grow': [(50000, 3), (10, 2)],
    'ones_like_big': [lambda: (np.linspace(0.0, 1.0, 300000),), lambda: (np.zeros(0),)],
}
