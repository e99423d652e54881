import numpy as np

# W, N, K, then N (weight, value) pairs; a weight of 0 makes `dp[i + 1][:-0]` empty (ValueError).
CASES = {
    "solve": [(np.array([10, 3, 2, 3, 5, 4, 6, 5, 7], np.int64),),
              (np.array([5, 2, 1, 6, 9, 2, 3], np.int64),),
              (np.array([4, 1, 1, 0, 3], np.int64),)],
}
