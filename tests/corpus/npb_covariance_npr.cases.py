# npbench covariance_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(10)
D = rng.rand(6, 4)
CASES = {'kernel': [lambda: (4, 6.0, D.copy())]}
