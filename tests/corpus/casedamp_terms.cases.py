# Aerodynamic polars (cl, cd and their slopes) at four angles of attack.
import numpy as np

AOAS = np.array([-10.0, 0.0, 8.0, 20.0])
PSIS = np.array([0.0, 30.0, 90.0])
POLARS = np.array([[-0.8, 0.02, 6.0, -0.01], [0.2, 0.01, 6.2, 0.0], [1.1, 0.03, 5.5, 0.02], [0.9, 0.3, -1.0, 0.8]])

CASES = {
    "compute_damping_terms": [(AOAS, PSIS, POLARS), (AOAS, PSIS, POLARS[:2])],
    "compute_damping_eta": [(0.3, 1.2, 0.5, 0.7, np.eye(2), np.ones((2, 2)), np.full((2, 2), 0.5),
                             np.arange(4.0).reshape(2, 2))],
}
