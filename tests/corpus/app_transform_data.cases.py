import numpy as np

CASES = {
    "transform_data": [(np.array([1.0, 4.0, -2.5, np.nan]), np.array([3.0, 2.0, 0.5, 1.0]),
                        np.array([4.0, 3.0, 1e-3, 2.0])),
                       (np.array([], dtype=np.float64), np.array([], dtype=np.float64),
                        np.array([], dtype=np.float64))],
}
