# npbench contour_integral_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(13)
c = lambda *s: rng.rand(*s) + 1j * rng.rand(*s)
H, P, Y = c(3, 3, 3), c(4), c(3, 2)
CASES = {'contour_integral': [(3, 2, 2, H, P, Y), (3, 3, 2, H, P, c(3, 3))]}
