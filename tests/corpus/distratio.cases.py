import numpy as np

X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0]])
P = np.array([[0.0, 0.0], [0.5, 0.5], [0.0, 1.0]])

CASES = {
    "pdist_ratio": [(X, P)],
    "cdist_ratio": [(X, X[:2] + 0.5, P, P[:2] + 0.25)],
}
