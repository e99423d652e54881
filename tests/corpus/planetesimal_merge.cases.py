import numpy as np

AU = 1.496e11
rng = np.random.RandomState(2)
TH = rng.uniform(0, 2 * np.pi, 12)
R0 = AU * (1 + rng.uniform(-0.02, 0.02, 12))
POS = np.vstack([R0 * np.cos(TH), R0 * np.sin(TH)]).T.copy()
V = np.sqrt(6.67430e-11 * 1.989e30 / R0)
VEL = np.vstack([-V * np.sin(TH), V * np.cos(TH)]).T.copy()
MASS = 5.972e24 * (1 + rng.uniform(-0.2, 0.2, 12))
RAD = (MASS / 5.972e24) ** (1 / 3) * 6.371e6
PAIRS = np.array([[0, 1], [1, 2], [3, 4], [5, 0], [6, 7]], np.int64)
TC = np.array([1.0, 5.0, 0.5, 50.0, 2.0])
POS2 = POS.copy(); POS2[3] = [1e8, 0.0]

CASES = {
    "accelerations": [(POS, MASS)],
    "leapfrog": [(POS, VEL, MASS, 1e4)],
    "neighbour_pairs": [(POS, 2e10), (POS, 1e9)],
    "collision_times": [(POS, VEL, RAD, PAIRS, 5e3), (POS, np.zeros_like(VEL), RAD, PAIRS, 1e6)],
    "absorbed": [(POS2, VEL, 100.0, 7e8 * 5)],
    "merge": [(POS, VEL, MASS, PAIRS, TC, 3.0, 7e8 * 5), (POS2, VEL, MASS, PAIRS, TC, 0.1, 7e8 * 5)],
}
