# get_sharpe reads arr[len(arr)] on its last iteration: CPython (and pycc)
# raise IndexError, numba reads past the end.
import numpy as np

NAV = np.array([1.0, 1.02, 0.99, 1.05, 1.1, 1.04, 1.08, 1.12])
DOWN = np.array([1.0, 0.9, 0.8, 0.85])

CASES = {
    "get_sharpe": [(NAV,)],
    "get_average_rate": [(NAV,), (DOWN,), (np.array([2.0, 0.0]),)],
    "get_maxdrawdown": [(NAV,), (DOWN,), (np.array([1.0, 2.0, 3.0]),), (np.array([0.0, 1.0, 0.5]),)],
}
