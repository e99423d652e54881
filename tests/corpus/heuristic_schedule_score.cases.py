import numpy as np

# AtCoder Introduction to Heuristics Contest A: the score of a contest schedule.
D = 6
S = (np.arange(26 * (D + 1), dtype=np.int64) * 7919 % 20000).astype(np.int32)

CASES = {
    "func": [(S, np.array([0, 5, 25, 5, 3, 0], np.int32)), (S, np.arange(D, dtype=np.int32)),
             (S[:26 * 3].copy(), np.array([1, 1], np.int32))],
}
