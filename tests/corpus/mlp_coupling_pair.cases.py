import numpy as np

rng = np.random.RandomState(8)
CASES = {
    "f_mlp": [(0.3, -0.7, rng.randn(2, 6), rng.randn(6), rng.randn(6, 2), rng.randn(2))],
    "coupling": [(rng.rand(4, 2, 10), rng.rand(4), np.array([0, 2, 5, 1], np.int64), 6, 1),
                 (rng.rand(4, 2, 10), rng.rand(4), np.array([0, 2, 5, 1], np.int64), 1, 0)],
}
