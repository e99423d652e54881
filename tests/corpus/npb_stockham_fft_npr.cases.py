# npbench stockham_fft_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(16)
X = rng.rand(8) + 1j * rng.rand(8)
CASES = {'stockham_fft': [lambda: (8, 2, 3, X, np.empty(8, np.complex128))]}
