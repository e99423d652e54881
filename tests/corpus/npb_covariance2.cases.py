# npbench covariance2 on small inputs (the benchmark's own sizes are larger)
import numpy as np

D = np.array([[1.0, 2.0, 0.5], [2.0, -1.0, 4.0], [0.0, 3.0, 1.0], [5.0, 1.0, 2.0]])
CASES = {"kernel": [(3, 4.0, D)]}
