import numpy as np

# EDPC N (slimes): n and the sizes.
CASES = {
    "solve": [(4, np.array([10, 20, 30, 40], dtype=np.int64)),
              (5, np.array([10, 10, 10, 10, 10], dtype=np.int64)),
              (3, np.array([1000000000, 1000000000, 1000000000], dtype=np.int64)),
              (6, np.array([7, 6, 8, 6, 1, 1], dtype=np.int64))],
}
