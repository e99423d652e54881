import numpy as np

# inp = R, C, K, then K rows (r, c, v): at most 3 items picked per row on a right/down path.
CASES = {
    "solve": [(np.array([2, 2, 3, 1, 1, 3, 2, 1, 4, 1, 2, 5], dtype=np.int64),),
              (np.array([2, 5, 5, 1, 1, 3, 2, 4, 20, 1, 2, 1, 1, 3, 4, 1, 4, 2], dtype=np.int64),),
              (np.array([4, 5, 10, 2, 5, 12, 1, 5, 12, 2, 3, 15, 1, 2, 20, 1, 1, 28, 2, 4, 26, 3, 2, 27,
                         4, 5, 21, 3, 5, 10, 1, 3, 10], dtype=np.int64),)],
}
