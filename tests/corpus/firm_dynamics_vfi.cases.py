# One value-function step on a 3-state TFP by 5-point capital grid with a nonconvex adjustment cost, from zero and
# from a non-trivial continuation value
import numpy as np

K = np.linspace(1.0, 3.0, 5)
ZS = np.array([0.9, 1.0, 1.1])
PROFIT = ZS[:, None] * K[None, :] ** 0.3 - 0.05 * K[None, :]
TRANS = np.array([[0.8, 0.2, 0.0], [0.1, 0.8, 0.1], [0.0, 0.2, 0.8]])
KT = np.tile(K, (5, 1))
KN = np.tile(K[:, None], (1, 5))
INV = 1.0 * (KN - 0.9 * KT)
ADJ = 0.5 * (INV / KT) ** 2 + 0.01 * (INV != 0)

CASES = {
    "DynamicInvestment_Discrete_Step": [(np.zeros((3, 5)), PROFIT, TRANS, 0.95, INV, ADJ),
                                        (PROFIT * 10.0, PROFIT, TRANS, 0.95, INV, ADJ)],
}
