# `S, T = eps_mat.shape` but `eps_mat[t_ind, s_ind]`: a square matrix
# works, a non-square one raises IndexError (in CPython as compiled).
import numpy as np

EPS = np.random.default_rng(7).normal(0.0, 1.0, (4, 4))
CASES = {
    "simulate_health_index": [(0.5, 3.0, 1.0, 3.0, EPS), (0.9, 0.0, 1.0, -1.0, EPS[:2, :2]),
                              (0.5, 3.0, 1.0, 3.0, np.ones((2, 5)))],
}
