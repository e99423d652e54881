# Knots of sin on [0, 2pi], evaluated inside the range, at its ends and past them.
import numpy as np

X = np.linspace(0.0, 2 * np.pi, 9)
Y = np.sin(X)
YPP = np.array([0.0, -0.7, -0.99, -0.7, 0.0, 0.7, 0.99, 0.7, 0.0])
XV = np.linspace(0.0, 2 * np.pi, 17)

CASES = {
    "cubic_spline_ypp": [(X, Y, 9), (X[:3], Y[:3], 3), (np.array([0.0, 1.0, 3.0, 4.5]), np.array([1.0, -1.0, 2.0, 0.5]), 4)],
    "cubic_spline_eval": [(X, Y, YPP, 0.3, 0), (X, Y, YPP, 3.0, 3), (X, Y, YPP, 6.0, 7)],
    "find_abcissa_index": [(X, 0.3, 0, 8), (X, 2 * np.pi, 0, 8), (X, 7.0, 0, 8), (X, -1.0, 0, 8), (X, 3.0, 2, 5)],
    "cubic_spline_eval_sorted": [
        lambda: (X, Y, YPP, 9, XV.copy(), np.zeros(17), 17),
        lambda: (X, Y, YPP, 9, np.array([1.0]), np.zeros(1), 1),
        lambda: (X, Y, YPP, 9, np.array([0.5, 7.0]), np.zeros(2), 2),
        lambda: (X, Y, YPP, 9, np.array([-0.5, 1.0]), np.zeros(2), 2),
    ],
}
