import numpy as np

CASES = {
    "main": [(5, 2, np.array([2, 4, 5, 1, 3], dtype=np.int64), np.array([3, 4, -10, -8, 8], dtype=np.int64)),
             (2, 3, np.array([2, 1], dtype=np.int64), np.array([10, -7], dtype=np.int64)),
             (3, 10**9, np.array([3, 1, 2], dtype=np.int64), np.array([5, 5, -1], dtype=np.int64))],
}
