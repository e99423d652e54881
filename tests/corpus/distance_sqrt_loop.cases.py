import numpy as np

A = np.array([1.0, 2.0, 3.0, -4.5])
B = np.array([0.5, -2.0, 3.25, 1e10])
CASES = {
    "_distance_numba_func": [(A, B), (B, A), (np.array([0.1, -0.2]), np.array([0.3, 0.4])),
                 (np.array([], dtype=np.float64), np.array([], dtype=np.float64)),
                 (np.array([1.0, np.nan]), np.array([1.0, 2.0])),
                 (A, np.array([1.0]))],
}
