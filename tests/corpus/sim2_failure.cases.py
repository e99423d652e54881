import numpy as np

_rng = np.random.default_rng(11)
EPS = _rng.normal(0.0, 1.0, (40, 5))

CASES = {
    "simulate_failure_times": [(EPS, 0.5, 3.0, 3.0), (EPS, -0.3, 1.0, 0.5), (EPS, 0.9, 5.0, 5.0)],
}
