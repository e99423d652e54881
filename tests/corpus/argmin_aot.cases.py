import numpy as np

# A small strongly convex quadratic over the simplex (well conditioned, so
# the mu >= 1e-3 branch with np.roots runs) and an ill-conditioned one.
Q = np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 0.5], [0.0, 0.5, 2.0]])
Q0 = np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
LIN = np.array([-1.0, 0.5, 0.2])
ACT = np.eye(3)
X0 = np.array([1.0, 0.0, 0.0])
REF = np.array([0.2, 0.3, 0.5])

CASES = {
    "solve_argmin_aot": [(Q, LIN, 0.0, ACT, X0, REF, True, 1e-6), (Q0, LIN, 0.0, ACT, X0, REF, False, 1e-4)],
    "solve_argmin_aot_dirty": [(Q, LIN, 0.0, ACT, X0, REF, True, 1e-6), (Q0, LIN, 0.0, ACT, X0, REF, False, 1e-4)],
}
