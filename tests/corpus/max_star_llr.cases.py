import numpy as np

PEAKS = np.array([0.1, 0.35, 0.4, 1.2, 1.25, 2.9, 3.5])
STARTS = np.array([0.0, 1.0, 2.0, 3.0, 4.0])

CASES = {
    "get_num_events": [lambda: (1, np.zeros((2, 4), np.int32), 4, PEAKS, STARTS)],
    "get_num_events_numba": [(PEAKS, STARTS, 3)],
    "max_star_numba": [(1.0, 2.0), (-np.inf, 1.0), (7.0, 1.0), (-2.3, 0.4), (0.5, -5.5)],
    "max_star_recursive_numba": [(np.array([0.5, 1.5, -2.0, 3.2]),), (np.array([-1.0, 9.0]),)],
}
