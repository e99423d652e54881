import numpy as np

B = np.array([40, 10, 30, 20, 50], np.int64)
CASES = {
    "find_indices_in": [(np.array([10, 50, 99, 40, 40], np.int64), B), (np.array([], np.int64), B)],
    "create_indices_dict": [(B,), (np.array([7, 7, 3], np.int64),)],
    "accumulate_votes": [(np.array([0.1, 0.12, 1.5, 2.49, 2.51, 0.0]), 3.0, 0.5), (np.array([1.0, 2.0, 3.0]), 2.0, 1.0)],
}
