import numpy as np

A = np.array([4, 2, 1], dtype=np.int64)
F = np.array([2, 3, 1], dtype=np.uint64)
A2 = np.array([1, 2, 3, 4, 5, 6], dtype=np.int64)
F2 = np.array([6, 5, 4, 3, 2, 1], dtype=np.uint64)

CASES = {
    "is_ok": [(A, F, 2, 3), (A, F, 0, 3), (A, F, 4, 0), (A2, F2, 3, 5), (A2, F2, 10, 0)],
}
