# Parallel tempering swaps and Metropolis steps on a 3-spin ring with 4 replicas (fixed random draws).
import numpy as np

E = np.array([-1.0, 0.5, -2.0, 1.0])
BETA = np.array([0.2, 0.5, 1.0, 2.0])
P = np.array([0.3, 0.9, 0.1, 0.6])
S = np.array([[1, -1, 1], [1, 1, 1], [-1, -1, 1], [1, -1, -1]], np.int8)
JROWS = np.array([[1, 2], [0, 2], [0, 1]], np.int64)
JVALS = np.array([[1.0, -1.0], [1.0, 0.5], [-1.0, 0.5]])
SITES = np.array([[0, 1, 2, 0], [2, 2, 1, 0], [1, 0, 0, 2]], np.int64)
CHANCES = np.array([[0.1, 0.8, 0.5, 0.3], [0.9, 0.2, 0.4, 0.7], [0.05, 0.6, 0.95, 0.2]])
CASES = {
    "tempering_step": [lambda: (np.zeros(4, np.int32), P.copy(), BETA.copy(), E.copy())],
    "mc_step": [lambda: (P.copy(), np.array([-0.5, 0.2, 1.5, 3.0]), E.copy(), S.copy(), np.array([-2.0, 0.7, 0.0, 4.0]), -S)],
    "delta_cost": [(S, JROWS, JVALS, np.array([0, 1, 2, 1], np.int64))],
    "mc_loop": [lambda: (BETA.copy(), JROWS, JVALS, S.copy(), E.copy(), 3, SITES, CHANCES, np.zeros((0, 4)))],
    "q2_q4_thermal_av_mc_loop": [lambda: (BETA.copy(), JROWS, JVALS, S.copy(), E.copy(), 2, 2, SITES, CHANCES)],
}
