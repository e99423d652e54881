import numpy as np

CASES = {
    "main": [(5, 2, np.array([1, 3, 4, 0, 2], dtype=np.int64), np.array([3, 4, -10, -8, 8], dtype=np.int64)),
             (2, 3, np.array([1, 0], dtype=np.int64), np.array([10, -7], dtype=np.int64))],
}
