# Advent of Code 2022 day 17's jet pattern and rock shapes (bool arrays,
# C order), a few rocks into a shallow well.
import numpy as np

PATTERN = ">>><<><>><<<>><>>><<<>>><<<><<<>><>><<>>"
SHAPES = [np.array([[1, 1, 1, 1]], bool), np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool),
          np.array([[0, 0, 1], [0, 0, 1], [1, 1, 1]], bool), np.array([[1], [1], [1], [1]], bool),
          np.array([[1, 1], [1, 1]], bool)]
CASES = {
    "simulate_tetris": [lambda: (PATTERN, list(SHAPES), 40, 5), lambda: (PATTERN, list(SHAPES), 60, 12)],
}
