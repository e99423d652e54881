import numpy as np

CASES = {
    "solve": [(np.array([1, 2, 3, 4, 5], dtype=np.int64), np.array([5, 3, 1, 2, 4], dtype=np.int64)),
              (np.array([2, 1, 4, 3], dtype=np.int64), np.array([1, 2, 3, 4], dtype=np.int64))],
}
