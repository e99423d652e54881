# Six 2-d points, two and three centres, memberships from update_U's rule.
import numpy as np

X = np.array([[0.0, 0.0], [0.5, 0.2], [4.0, 4.0], [4.5, 3.5], [-1.0, 3.0], [0.1, -0.3]])
V2 = np.array([[0.0, 0.5], [4.0, 3.0]])
V3 = np.array([[0.0, 0.0], [4.0, 4.0], [-1.0, 3.0]])
U2 = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.0, 1.0], [1.0, 0.0], [1.0, 0.0]])
U3 = np.zeros((6, 3))

CASES = {
    "distance": [(X[0], X[2]), (X[1], X[4])],
    "sqrdistance": [(X[3], X[5]), (np.arange(5.0), np.ones(5))],
    "update_U": [(X, V2, U2), (X, V3, U3)],
    "update_V": [lambda: (X, U2, V2.copy()), lambda: (X, U3, V3.copy())],
    "E": [(X, U2, V2), (X, U3, V3)],
}
