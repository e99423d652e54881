import numpy as np

CASES = {
    "distance_numba": [
        (np.array([1.0, 2.0, 3.0], dtype=np.float32), np.array([0.5, -1.0, 2.0], dtype=np.float32)),
        (np.array([], dtype=np.float32), np.array([], dtype=np.float32)),
        (np.array([1.0], dtype=np.float32), np.array([1.0, 2.0], dtype=np.float32)),
    ],
}
