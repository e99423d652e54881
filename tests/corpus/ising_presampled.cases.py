# a 6x6 lattice swept with presampled sites: hot and cold starts, int64 and int8 spins
import numpy as np

rng = np.random.RandomState(7)
HOT = rng.choice(np.array([-1, 1]), size=(6, 6)).astype(np.int64)
COLD = np.ones((6, 6), dtype=np.int64)
R = rng.randint(0, 6, size=72)
C = rng.randint(0, 6, size=72)
U = rng.random_sample(72)
CASES = {
    "sweep": [lambda: (HOT.copy(), R, C, U, 0.4, 1.0), lambda: (COLD.copy(), R, C, U, 2.0, 1.0), lambda: (HOT.copy(), R[:0], C[:0], U[:0], 0.4, 1.0)],
    "sweep_i1": [lambda: (HOT.astype(np.int8), R, C, U, 0.3, -1.0)],
    "energy": [(HOT, 1.0), (COLD, 0.5)],
    "energy_i1": [(HOT.astype(np.int8), 1.0)],
    "magnetization": [(HOT,), (COLD,)],
}
