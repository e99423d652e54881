import numpy as np

A = np.array([5, 1, 9, 3, 7, 2, 8], np.int64)
B = np.array([2, 6, 4, 4, 1, 9, 3], np.int64)
CASES = {
    "compute": [(A, B, 3), (A, B, 1), (A, B, 7), (B, A, 4), (A, B, 0),
                (np.array([10**12, -3], np.int64), np.array([-10**12, 5], np.int64), 1)],
}
