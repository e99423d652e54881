# npbench bicg on small inputs (the benchmark's own sizes are larger)
import numpy as np

A = np.arange(12.0).reshape(4, 3) / 7.0
CASES = {"kernel": [(A, np.array([1.0, -2.0, 0.5]), np.array([0.25, 1.0, -1.0, 2.0]))]}
