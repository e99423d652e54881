import numpy as np

# main(n, k, a) prints the sum over k-subsets of max - min (a sorted, as the file's own input is).
CASES = {
    "main": [(4, 2, np.array([1, 1, 3, 4], dtype=np.int64)),
             (6, 3, np.array([-10, -10, -10, 10, 10, 10], dtype=np.int64)),
             (3, 1, np.array([1, 2, 3], dtype=np.int64)),
             (10, 6, np.array([-9, -5, -3, 0, 1, 2, 5, 6, 8, 1000000000], dtype=np.int64))],
}
