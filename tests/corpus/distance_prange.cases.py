import numpy as np

CASES = {
    "_distance_numba_compiled": [(np.array([1.0, 2.0, 3.0]), np.array([4.0, 6.0, 3.5])),
                                 (np.array([0.1, -0.2]), np.array([0.3, 0.4])),
                                 (np.array([1.0]), np.array([], dtype=np.float64))],
}
