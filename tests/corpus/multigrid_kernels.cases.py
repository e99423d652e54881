# A 9x9 grid with a 5x5 coarse grid; the kernels write into their arguments.
# h = 0 is left out: numpy divides an element (a numpy scalar) by 0.0 to inf,
# pycc raises ZeroDivisionError as numba does (README: Deviations).
import numpy as np

A = np.arange(81, dtype=np.float64).reshape(9, 9) ** 1.5 / 50.0
B = np.sin(np.arange(81, dtype=np.float64)).reshape(9, 9)
C = np.cos(np.arange(25, dtype=np.float64)).reshape(5, 5)


def split(rank):
    return lambda: (rank, A.copy(), np.zeros((4, 4)))


CASES = {
    "split": [split(0), split(1), split(2), split(3), split(7)],
    "laplacian": [lambda: (A.copy(), np.zeros((9, 9)), 0.5), lambda: (B.copy(), np.zeros((9, 9)), 1.0)],
    "smooth_sweep": [lambda: (B.copy(), A.copy(), 0.25)],
    "smooth": [lambda: (B.copy(), A.copy(), 0.25, np.zeros((9, 9)), np.zeros((9, 9)), 3)],
    "coarse": [lambda: (A.copy(), np.zeros((5, 5)))],
    "interpolate_add_to": [lambda: (C.copy(), np.ones((9, 9)))],
}
