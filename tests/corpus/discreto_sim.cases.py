import numpy as np

A = np.asfortranarray([[0.9, 0.1], [-0.2, 0.8]])
B = np.array([[0.0], [1.0]])
C = np.array([[1.0, 0.5]])
D = np.array([[0.0]])
X = np.array([[0.25], [-1.0]])

CASES = {
    "ss_discreta": [(A, B, C, D, X, 0.0, 1.5)],
    "PID_discreto": [lambda: (0.5, 0.01, 0.2, np.array([0.4]), 2.0, 0.5, 0.1),
                     lambda: (-1.0, 0.1, 0.0, np.array([0.0]), 1.0, 1.0, 1.0)],
    "derivadas_discretas": [lambda: (0.5, 0.01, np.array([0.4, 0.3]))],
}
