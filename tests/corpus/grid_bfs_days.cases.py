# The samples (answers 2 and 3), one black corner of a 7x9 grid, an all-black grid (0 days); the grid is filled in place
import numpy as np


def grid(rows):
    return lambda: (np.array([[1 if c == "#" else 0 for c in r] for r in rows], dtype=np.int64), len(rows), len(rows[0]))


def corner():
    g = np.zeros((7, 9), dtype=np.int64)
    g[6, 0] = 1
    return (g, 7, 9)


CASES = {
    "search": [grid(["...", ".#.", "..."]), grid(["..#...", "......", "#.....", "......", "......", "......"]),
               corner, grid(["##", "##"])],
}
