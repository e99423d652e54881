# Spatial 4-vectors (x, y, z, w): dot and norms of the first three parts and cross products.
import numpy as np

A = np.array([1.0, 2.0, 3.0, 0.0])
B = np.array([-2.0, 0.5, 4.0, 1.0])
CASES = {
    "dot": [(A, B), (A, A)],
    "norm_squared": [(B,)],
    "norm": [(A,), (B,)],
    "normalize": [(A,), (np.array([0.0, 3.0, 4.0, 0.0]),)],
    "cross": [(A, B), (B, A)],
}
