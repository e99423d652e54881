# Advent of Code 2022 day 14 (sand falling from (0, 500)): rows are depth,
# columns x. A short ledge lets the sand run off its ends; a wide floor fills
# up to the source.
import numpy as np


def ledge():
    grid = np.zeros((12, 1000), dtype=np.int8)
    grid[9, 496:505] = 1
    grid[6, 499:502] = 1
    return (grid,)


def floor():
    grid = np.zeros((8, 1000), dtype=np.int8)
    grid[7, 480:521] = 1
    return (grid,)


CASES = {
    "simulate_sand": [ledge, floor],
}
