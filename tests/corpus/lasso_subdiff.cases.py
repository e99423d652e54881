# Distance of the gradient to the Lasso subdifferential: zero and non-zero weights, small and large penalties.
import numpy as np

CASES = {
    "_compute_dist_subdiff": [(np.array([0.0, 1.5, -2.0, 0.0]), np.array([0.3, -0.2, 0.7, -1.4]), 0.5),
                              (np.array([0.0, 0.0]), np.array([0.1, -0.1]), 1.0)],
}
