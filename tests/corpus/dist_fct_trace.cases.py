import numpy as np

A = np.arange(20, dtype=np.float64).reshape(4, 5)
F = np.array([1.0, 2.0, 3.0])
H = np.array([[0.0, 1.0, 0.5], [1.0, 0.0, 2.0], [0.5, 2.0, 0.0]])
G = np.array([0.5, -1.0, 4.0])

CASES = {
    "get_trace_jitted": [(A, 0), (A, 1), (A, -2), (A, 7)],
    "get_Amat_jitted": [(F, H, G), (G, H, F)],
}
