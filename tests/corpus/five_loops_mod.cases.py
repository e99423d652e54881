import numpy as np

# ABC300-style: 5-element subsets whose product mod p is q.
CASES = {
    "solve": [(np.array([2, 3, 5, 7, 11, 13, 17], np.int64), 7, 11, 1),
              (np.array([1, 1, 1, 1, 1], np.int64), 5, 2, 1),
              (np.array([1, 2, 3], np.int64), 3, 5, 0)],
}
