# npbench azimint_naive_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(4)
D, R = rng.rand(40), rng.rand(40)
CASES = {'azimint_naive': [(D, R, 5)]}
