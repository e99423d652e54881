import numpy as np

A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
B = np.array([[0.5, -1.0], [2.0, 0.25], [1.5, 3.0]])

CASES = {
    "matmult_cc": [(A, B), (B, A), (np.eye(2), np.array([[1.1, 2.2], [3.3, 4.4]]))],
}
