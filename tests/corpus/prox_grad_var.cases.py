# A 2-state VAR with one nonlinear feature (k=2, k_nl=1): soft thresholding, the quadratic loss, its gradient,
# the penalized objective and proximal-gradient runs (converging, and stopped by max_iter)
import numpy as np

rng = np.random.RandomState(7)
Z = rng.standard_normal((30, 2)).cumsum(axis=0) * 0.1
AUG = np.hstack([Z, np.tanh(Z[:, :1])])
SNL = AUG[:-1].T @ AUG[:-1] / 29
S1NL = Z[1:].T @ AUG[:-1] / 29
QI = np.linalg.inv(np.array([[1.0, 0.2], [0.2, 0.5]]))
LAMS = np.full((2, 3), 0.05)
INIT = np.array([[0.9, 0.0, 0.1], [0.05, 0.8, 0.0]])
I = np.eye(2, 3)

CASES = {
    "soft_threshold": [(INIT - I, LAMS), (np.array([[-0.3, 0.01], [0.0, 2.0]]), np.full((2, 2), 0.1))],
    "func": [(INIT, QI, Z, AUG)],
    "grad": [(INIT, SNL, S1NL, QI)],
    "F": [(INIT, QI, Z, AUG, I, LAMS)],
    "_iter": [(SNL, S1NL, QI, INIT, Z, AUG, LAMS, 2, 1, 500, 1e-8), (SNL, S1NL, QI, INIT, Z, AUG, LAMS, 2, 1, 3, 1e-12),
              (SNL, S1NL, QI, np.zeros((2, 3)), Z, AUG, LAMS, 2, 1, 50, 1e-6)],
}
