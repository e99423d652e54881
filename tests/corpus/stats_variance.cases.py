import numpy as np

D1 = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
D2 = np.arange(12, dtype=np.float64).reshape(3, 4) ** 1.5

CASES = {
    "stats_variance_1d": [(D1, 0), (D1, 1), (np.array([1.5, -2.0, 0.25]), 2)],
    "stats_variance_2d": [(D2, 0, 1), (D2, 1, 1), (D2, 0, 0), (D2, 1, 0)],
}
