import numpy as np

# ABC177 E: True when the numbers are pairwise coprime.
CASES = {
    "solve": [(3, np.array([3, 4, 5], np.int64)), (3, np.array([6, 10, 15], np.int64)),
              (2, np.array([1, 999983], np.int64))],
}
