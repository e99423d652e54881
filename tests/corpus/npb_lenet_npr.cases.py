# npbench lenet_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(14)
f = lambda *s: (rng.rand(*s) - 0.5).astype(np.float32)
CASES = {'lenet5': [(f(2, 16, 16, 1), f(5, 5, 1, 6), f(6), f(5, 5, 6, 16), f(16), f(16, 12), f(12), f(12, 8), f(8), f(8, 10), f(10), 2, 16)]}
