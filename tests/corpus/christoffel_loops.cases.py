import numpy as np

rng = np.random.RandomState(9)
CASES = {
    "coriolis": [(4, rng.rand(4, 4, 4), rng.rand(4)), (2, rng.rand(3, 3, 3), rng.rand(3))],
}
