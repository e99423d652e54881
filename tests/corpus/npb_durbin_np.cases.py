# npbench durbin_np on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(19)
CASES = {'kernel': [(rng.rand(6) * 0.3,), (np.array([0.5]),)]}
