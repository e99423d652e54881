import numpy as np

# Columns: sum, sum of squares, variance, count of a change-point segment.
X = np.array([[1.0, 5.0, 2.0, 3.0], [2.0, 9.0, 0.5, 4.0], [0.5, 1.0, 1e-9, 2.0], [0.0, 2.0, 3.0, 5.0]])

CASES = {
    "normal_mean_cost": [(X,)],
    "normal_var_cost": [(X,)],
    "normal_mean_var_cost": [(X,)],
    "poisson_mean_var_cost": [(X,), (X[:3],)],
    "scalar_normal_mean_var_cost": [(X[0].copy(),), (X[1].copy(),), (np.array([1.0, 0.5, 0.0, 2.0]),)],
}
