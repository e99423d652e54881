# 3-d points against segments, a degenerate segment, and mismatched lengths.
import numpy as np

A = np.array([0.0, 0.0, 0.0])
B = np.array([4.0, 0.0, 0.0])
CASES = {
    "pldist": [(np.array([1.0, 2.0, 0.0]), A, B), (np.array([3.0, -1.5, 2.0]), A, np.array([1.0, 1.0, 1.0])),
               (np.array([1.0, 1.0, 1.0]), B, B), (np.array([0.5, 0.25, -3.0]), np.array([1.0, 2.0, 3.0]), A),
               (np.array([1.0, 2.0, 0.0, 1.0]), A, B)],
}
