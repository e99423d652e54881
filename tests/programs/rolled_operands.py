# differential-python: numpy
# `np.roll(a, shift, axis)` as an operand of an elementwise expression is
# read in place (no rolled copy): numpy's values for every shift (negative,
# past the extent, zero, on an empty axis), axes given by position, keyword
# or negative number, views, int and bool arrays, comparisons, and a
# target that the rolled array overlaps (`g[:] = g + np.roll(g, 1, 0)`,
# `g += np.roll(g, -1, 1)`: numpy's temporary, so the writes are not read).
import numpy as np
from pycc import CC

cc = CC('rolled_operands')


def laplacian(grid):
    return np.roll(grid, +1, 0) + np.roll(grid, -1, 0) + np.roll(grid, +1, 1) + np.roll(grid, -1, 1) - 4 * grid


@cc.export('evolve', 'f8[:, :](f8[:, :], f8)')
def evolve(grid, dt, D=1):
    return grid + dt * D * laplacian(grid)


@cc.export('shifts', '(f8[:], i8)')
def shifts(a, k):
    return np.roll(a, k) - a, np.roll(a, shift=-k) * 2.0, a + np.roll(a, 0), np.roll(a, k, axis=0) + np.roll(a, 7)


@cc.export('axes', '(i8[:, :, :], i4)')
def axes(a, k):
    b = np.roll(a, k, axis=-1) + np.roll(a, 1, 1) * 10
    c = np.roll(a, -2, 2) > a
    return b, c


@cc.export('views', '(f8[:, :], b1[:])')
def views(m, b):
    r = np.roll(m[1:, ::2], 1, 0) * np.roll(m[:-1, ::2], -1, axis=1)
    s = np.roll(b, 1) & b
    return r, s


@cc.export('overlap', '(f8[:, :],)')
def overlap(g):
    h = g.copy()
    g[:] = g + np.roll(g, 1, 0)
    h += np.roll(h, -1, 1)
    h[1:] = np.roll(h[:-1], 1, 1) * 1.0
    return g, h


@cc.export('reduce', '(f8[:, :],)')
def reduce(g):
    return np.sum(np.roll(g, 1, 0) - g), np.max(np.abs(np.roll(g, 2, 1) - g)), (np.roll(g, 1, 1) - g).mean()


G = np.arange(20.0).reshape(4, 5) ** 1.5
CASES = {
    'evolve': [lambda: (G.copy(), 0.1), lambda: (np.zeros((0, 3)), 0.1), lambda: (np.ones((1, 1)), 2.0)],
    'shifts': [lambda: (np.arange(6.0), 2), lambda: (np.arange(6.0), -8), lambda: (np.arange(6.0), 13),
               lambda: (np.zeros(0), 3)],
    'axes': [lambda: (np.arange(24).reshape(2, 3, 4), np.int32(3)), lambda: (np.arange(24).reshape(2, 3, 4), np.int32(-5))],
    'views': [lambda: (G.copy(), np.array([True, False, False, True]))],
    'overlap': [lambda: (G.copy(),), lambda: (np.ones((3, 1)),)],
    'reduce': [lambda: (G.copy(),)],
}
