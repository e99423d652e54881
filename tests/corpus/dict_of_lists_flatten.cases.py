import numpy as np

K = np.array([3, 1, 3, 2, 1, 3], np.int64)
V = np.array([10, 20, 30, 40, 50, 60], np.int64)
CASES = {
    "group_pairs": [(K, V, True), (K, V, False), (np.array([], np.int64), np.array([], np.int64), True)],
    "values_of": [(K, V, np.array([1, 3], np.int64)), (K, V, np.array([4], np.int64))],
    "to_array": [(V,)],
}
