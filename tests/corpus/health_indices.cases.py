import numpy as np

EPS = np.array([[0.1, -0.2, 0.3], [0.05, 0.0, -0.1], [-0.3, 0.2, 0.1], [0.0, 0.4, -0.25]])

CASES = {
    "update_health_indices": [lambda: (EPS.copy(), np.zeros((4, 3)), 0.5, 3.0, 3.0),
                              lambda: (EPS[:2].copy(), np.ones((2, 3)), 0.9, 1.0, 0.0)],
}
