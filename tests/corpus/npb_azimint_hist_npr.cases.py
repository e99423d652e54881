# npbench azimint_hist_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(5)
D, R = rng.rand(50), rng.rand(50)
CASES = {'azimint_hist': [(D, R, 4)]}
