import numpy as np

CASES = {
    "add": [(np.array([1, 2, 3], dtype=np.int64), np.array([10, 20], dtype=np.int64)),
            (np.array([], dtype=np.int64), np.array([5], dtype=np.int64)),
            (np.array([2**62, -1], dtype=np.int64), np.array([2**62, 1], dtype=np.int64))],
    "clip": [lambda: (np.array([-5, 0, 3, 9, 12], dtype=np.int64), 0, 9),
             lambda: (np.array([], dtype=np.int64), 1, 2)],
}
