import numpy as np

A = np.array([1, 3, 3, 5, 8], np.int64)
CASES = {
    "bisect": [(A, 0), (A, 3), (A, 9), (np.array([], np.int64), 1)],
    # declared i8 but returns None (numba rejects the file)
    "main": [(np.arange(10), 3)],
}
