# Shocks of a few lives (T periods x S lives), as the assignment draws them.
import numpy as np

EPS = np.random.default_rng(25).normal(0.0, 1.0, (6, 3))
CASES = {
    "simulate_health": [(EPS, 0.5, 3.0, 3.0), (EPS[:, :1], -0.25, 1.0, 0.0), (np.zeros((0, 2)), 0.5, 3.0, 3.0)],
}
