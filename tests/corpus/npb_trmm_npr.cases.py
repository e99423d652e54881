# npbench trmm_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(8)
A, B = rng.rand(4, 4), rng.rand(4, 3)
CASES = {'kernel': [lambda: (1.5, A, B.copy())]}
