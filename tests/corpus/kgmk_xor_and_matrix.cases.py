# Matrices over (xor, and): identity, products and powers.
import numpy as np

M = np.array([[3, 5], [6, 1]], np.int64)
CASES = {
    "matrix_identity": [(3,)],
    "matrix_dot": [(M, M), (np.array([[1, 2, 4]], np.int64), np.array([[7], [3], [5]], np.int64))],
    "matrix_power": [(M, 0), (M, 5), (np.array([[1, 1], [1, 0]], np.int64), 10)],
}
