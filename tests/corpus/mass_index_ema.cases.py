import numpy as np

rng = np.random.RandomState(11)
C = rng.rand(40, 6) + 1.0
C[:, 3] = C[:, 4] + rng.rand(40)
C[5, 3] = C[5, 4]
CASES = {
    "window_sum": [(rng.rand(30), 5), (rng.rand(3), 5)],
    "ema": [(rng.rand(20), 9), (np.empty(0), 3)],
    "mass_index": [(C, 25)],
}
