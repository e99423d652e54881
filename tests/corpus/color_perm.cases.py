import numpy as np

CASES = {
    "solve": [(2, 3, np.array([[0, 1, 1], [1, 0, 1], [1, 4, 0]], dtype=np.int64),
               np.array([[0, 1, 1, 0], [0, 0, 2, 0], [0, 1, 0, 0]], dtype=np.int64),
               np.array([[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]], dtype=np.int64))],
}
