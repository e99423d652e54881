import numpy as np

# RRT nodes (x, y, heading as a fraction of a turn).
A = np.array([1.0, 2.0, 0.9])
B = np.array([-0.5, 4.0, 0.1])
C = np.array([3.0, 3.0, 0.45])

CASES = {
    "diff": [(A, B), (B, A), (C, C)],
    "dist": [(A, B), (B, C), (C, C)],
    "dist2": [(A, B), (B, C)],
}
