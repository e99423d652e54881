# Euler-Maruyama paths from a seed: no transient, a transient that drops the first saves, noise off, a stride of 1
import numpy as np

Y0 = np.array([1.0, 0.5, 2.0])

CASES = {
    "_integrate_em_lorenz": [
        (28.0, 10.0, 8.0 / 3.0, 2.0, 0.0, 2.0, 0.01, 10, 0.0, Y0, 0),
        (28.0, 10.0, 8.0 / 3.0, 2.0, 0.0, 5.0, 0.001, 100, 1.5, Y0, 42),
        (10.0, 10.0, 2.0, 0.0, 1.0, 1.5, 0.01, 1, 1.2, np.array([0.1, -0.2, 0.3]), 7),
    ],
}
