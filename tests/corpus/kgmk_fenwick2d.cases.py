# A 2-d Fenwick tree: built from a 3x4 grid, a point added, prefix sums read.
import numpy as np

A = np.arange(12, dtype=np.int64).reshape(3, 4)
CASES = {
    "fw_build": [(A,)],
    "fw_set": [lambda: (np.zeros((4, 5), np.int64), 1, 2, 7)],
    "fw_get": [(np.array([[0, 0, 0, 0, 0], [0, 0, 1, 1, 4], [0, 4, 10, 6, 22], [0, 8, 9, 10, 32]], np.int64), 2, 3), (np.zeros((4, 5), np.int64), 0, 0)],
}
