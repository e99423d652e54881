# Four and six particles in a box, distances below and above half the box length
import numpy as np

P4 = np.array([[0.0, 0.0, 0.0], [1.1, 0.0, 0.0], [0.0, 1.2, 0.3], [2.5, 2.0, 1.0]])
P6 = np.array([[0.5, 0.5, 0.5], [1.5, 0.7, 0.4], [0.4, 1.6, 0.6], [1.4, 1.5, 1.7], [3.0, 0.2, 2.2], [2.2, 2.9, 0.1]])

CASES = {
    "force_lj_fast": [(P4, np.array([1.0, 1.0]), 10.0), (P4, np.array([0.5, 1.1]), 3.0), (P6, np.array([1.0, 1.0]), 4.0)],
}
