import numpy as np


def _args(n, m, seed, inverse):
    rng = np.random.default_rng(seed)
    t1 = rng.uniform(-1, 1, size=(2, n))
    t2 = rng.uniform(-1, 1, size=(2, n))
    origin = rng.uniform(-1, 1, size=(2, n))
    scale = rng.uniform(0.5, 2.0, size=n if inverse else m)
    dx = rng.uniform(-2, 2, size=m if inverse else n)
    dy = rng.uniform(-2, 2, size=m if inverse else n)
    trips = np.zeros((n, m), dtype=np.bool_)
    return lambda: (t1, t2, origin, scale, dx, dy, trips.copy())


CASES = {
    "triplet_parallelogram": [_args(4, 4, 1, False), _args(6, 3, 2, False)],
    "triplet_inverse": [_args(4, 5, 3, True), _args(2, 7, 4, True)],
}
