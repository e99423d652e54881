import numpy as np

# A twin-thruster surface vessel: mass, surge/sway/yaw damping, motor offsets,
# inertia, time step.
PHYS = (20.0, 5.0, 2.0, 8.0, 3.0, 0.3, 0.25, 1.5, 0.8, 4.0, 0.1)
STATE = np.array([0.0, 0.0, 0.3, 1.0, 0.1, 0.05])
CONTROL = np.array([12.0, 10.0, 0.1, -0.05])
TARGET = np.array([10.0, 5.0, 0.5])
WEIGHTS = np.array([1.0, 0.5, 0.2])
PLAN = np.array([[0.0, 0.0], [5.0, 1.0], [10.0, 5.0], [12.0, 9.0]])

K, T = 5, 4
_rng = np.random.default_rng(7)
U = _rng.normal(0.0, 5.0, (T, 4))
EPS = _rng.normal(0.0, 3.0, (K, T, 4))


def _boucle(mode):
    return lambda: (U.copy(), np.zeros(K), K, T, 4, STATE.copy(), EPS.copy()) + PHYS + (
        20.0, 0.5, TARGET.copy(), WEIGHTS.copy(), mode, PLAN.copy())


CASES = {
    "dynamics": [(STATE, CONTROL) + PHYS, (np.array([1.0, -2.0, 3.1, 0.0, 0.0, 0.0]), -CONTROL) + PHYS],
    "stage_cost": [(STATE, TARGET, WEIGHTS, m, PLAN) for m in (0, 1, 2, 3)],
    "_g": [lambda: (np.array([25.0, -30.0, 0.7, -0.9]), 20.0, 0.5), lambda: (np.array([1.0, 2.0, 0.1, 0.2]), 20.0, 0.5)],
    "compute_lateral_error": [(STATE, PLAN), (np.array([6.0, 4.0, 0, 0, 0, 0.0]), PLAN)],
    "boucle": [_boucle(0), _boucle(1), _boucle(2)],
}
