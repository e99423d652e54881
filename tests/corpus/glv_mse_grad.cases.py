import numpy as np

rng = np.random.RandomState(4)
X = rng.rand(5, 3)
CASES = {
    "mse": [(X, rng.rand(5, 3))],
    "mse_grad_p": [(X, rng.rand(5, 3, 12), rng.rand(5, 3))],
    "glv_rhs": [(X, rng.rand(12) - 0.5)],
}
