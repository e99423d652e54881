# Integer sequences with a long, a one-element and an empty common subsequence
import numpy as np

CASES = {
    "lcs": [(np.array([1, 2, 3, 4, 1, 2], dtype=np.int64), np.array([3, 4, 1, 2, 1, 3], dtype=np.int64)),
            (np.array([5, 5, 5], dtype=np.int64), np.array([1, 5, 2], dtype=np.int64)),
            (np.array([1, 2], dtype=np.int64), np.array([3, 4, 5], dtype=np.int64)),
            (np.zeros(0, dtype=np.int64), np.array([1], dtype=np.int64))],
}
