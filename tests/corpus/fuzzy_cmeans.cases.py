# Fuzzy c-means on five 2-d points and two centres (update_U prints each
# distance, as the file does).
import numpy as np

X = np.array([[0.0, 0.0], [1.0, 0.5], [4.0, 4.0], [5.0, 3.5], [2.5, 2.0]])
V = np.array([[0.5, 0.25], [4.5, 3.75]])
U = np.array([[0.9, 0.1], [0.8, 0.2], [0.05, 0.95], [0.1, 0.9], [0.5, 0.5]])

CASES = {
    "distance": [(X[0], X[2])],
    "sqrdistance": [(X[1], X[3])],
    "update_U": [(X, V, 2.0), (X, V, 1.5), (X, V, 1.0)],
    "update_V": [(X, U, V, 2.0)],
    "E": [(X, U, V, 2.0)],
}
