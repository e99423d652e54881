import numpy as np

CASES = {
    "solve": [(2, 3, np.array([7, 9], dtype=np.int64)), (3, 0, np.array([3, 4, 5], dtype=np.int64)),
              (1, 10, np.array([1], dtype=np.int64))],
}
