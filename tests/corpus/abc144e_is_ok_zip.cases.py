# ABC144 E's first sample (A sorted, F sorted descending) at a few bounds.
import numpy as np

A = np.array([1, 2, 4], np.int64)
F = np.array([3, 2, 1], np.int64)
CASES = {
    "is_ok": [(A, F, 2, 5), (A, F, 1, 5), (A, F, 0, 5), (A, F, 12, 0), (A, F, -1, 0)],
}
