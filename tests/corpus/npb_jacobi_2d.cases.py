# npbench jacobi_2d on small inputs (the benchmark's own sizes are larger)
import numpy as np

A = np.fromfunction(lambda i, j: i * (j + 2) / 6.0, (6, 6))
CASES = {"kernel": [lambda: (4, A.copy(), np.zeros((6, 6)))]}
