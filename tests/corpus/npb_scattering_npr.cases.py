# npbench scattering_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

rng = np.random.RandomState(15)
c = lambda *s: rng.rand(*s) + 1j * rng.rand(*s)
NI = np.array([[0, 1], [1, 0]], np.int32)
DH, G, D, S = c(2, 2, 2, 2, 2), c(2, 3, 2, 2, 2), c(1, 2, 2, 2, 2, 2), c(2, 3, 2, 2, 2)
CASES = {'scattering_self_energies': [lambda: (NI, DH, G, D, S.copy())]}
