import numpy as np


def _inputs(D, seed):
    rng = np.random.default_rng(seed)
    C = rng.integers(0, 100, 26).astype(np.int64)
    S = rng.integers(0, 20000, (D, 26)).astype(np.int64)
    return D, C, S


CASES = {
    "solve": [_inputs(5, 1), _inputs(30, 2), _inputs(1, 3)],
}
