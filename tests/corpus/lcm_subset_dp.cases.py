import numpy as np

# n, m, then the n divisors d (the file's input read as one int64 array).
CASES = {
    "solve": [(np.array([2, 10, 2, 3], dtype=np.int64),),
              (np.array([3, 30, 2, 3, 5], dtype=np.int64),),
              (np.array([4, 1000000000000, 6, 10, 15, 7], dtype=np.int64),),
              (np.array([1, 5, 7], dtype=np.int64),)],
}
