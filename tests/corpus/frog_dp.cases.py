import numpy as np

CASES = {
    "main": [(5, 3, np.array([10, 30, 40, 50, 20], dtype=np.int32)),
             (3, 1, np.array([10, 20, 10], dtype=np.int32))],
}
