# npbench conv2d_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(12)
f = lambda *s: rng.rand(*s).astype(np.float32)
CASES = {'conv2d_bias': [(f(2, 5, 5, 2), f(3, 3, 2, 4), f(4))]}
