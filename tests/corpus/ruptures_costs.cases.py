# Summary statistics (sum, sum of squares, variance-like) of segments;
# an empty `range` leaves `cost` unset (UnboundLocalError in CPython). Not
# n = 0: numpy divides an element (a numpy scalar) by 0 to inf, pycc raises
# ZeroDivisionError as numba does (README: Deviations).
import numpy as np

X = np.array([6.0, 14.5, 2.25])
STATS = np.array([[0.0, 0.0], [1.0, 1.0], [3.0, 5.0], [6.0, 14.0], [10.0, 30.5]])
CASES = {
    "normal_mean_cost": [(X, 3), (X, 2)],
    "normal_var_cost": [(X, 3), (np.array([1.0, 2.0, 0.0]), 4)],
    "normal_mean_var_cost": [(X, 3), (np.array([2.0, 4.0]), 2)],
    "poisson_mean_var_cost": [(X, 3), (np.array([0.5]), 1)],
    "iter_sumstats": [(STATS, 1, 5), (STATS, 2, 3), (STATS, 3, 3)],
}
