# npbench mlp_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(11)
f = lambda *s: rng.rand(*s).astype(np.float32)
CASES = {'mlp': [(f(2, 3), f(3, 4), f(4), f(4, 5), f(5), f(5, 3), f(3))]}
