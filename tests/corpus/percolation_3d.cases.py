import numpy as np


def _args(nyrs, seed):
    rng = np.random.default_rng(seed)
    days = rng.integers(0, 32, size=(nyrs, 12)).astype(np.int64)
    infil = rng.uniform(0.0, 3.0, size=(nyrs, 12, 31))
    et = rng.uniform(0.0, 2.5, size=(nyrs, 12, 31))
    return lambda: (nyrs, 1.5, days, 4.0, infil.copy(), et.copy())


CASES = {
    "Percolation_inner": [_args(1, 1), _args(3, 2), _args(0, 3)],
}
