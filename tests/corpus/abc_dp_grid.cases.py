import numpy as np

CASES = {
    "main": [(2, 3, 2, np.array([[1, 1, 3], [2, 3, 5]], dtype=np.int64)),
             (3, 3, 4, np.array([[1, 1, 5], [1, 2, 4], [1, 3, 3], [3, 3, 9]], dtype=np.int64))],
}
