# npbench gesummv on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(3)
CASES = {"kernel": [(1.5, 1.2, rng.rand(4, 4), rng.rand(4, 4), rng.rand(4))]}
