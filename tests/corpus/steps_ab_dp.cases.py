# N, A, B and sorted positions S: the single-point case, distances too small for A, and mixed gaps.
import numpy as np

CASES = {
    "main": [
        (1, 3, 5, np.array([7], np.int64)),
        (5, 3, 2, np.array([1, 2, 3, 4, 5], np.int64)),
        (5, 3, 2, np.array([1, 4, 7, 8, 12], np.int64)),
        (7, 5, 3, np.array([1, 2, 5, 9, 10, 14, 20], np.int64)),
        (4, 1, 1, np.array([1, 3, 6, 10], np.int64)),
    ],
}
