# A position/velocity state, a 1 x 2 measurement matrix; filter_batch writes x[len(data)] of an array of len(data) (IndexError) unless data is empty
import numpy as np

S0 = np.array([0.0, 1.0])
P0 = np.array([[1.0, 0.2], [0.2, 2.0]])
H = np.array([[1.0, 0.0]])

CASES = {
    "predict": [(S0, 0.1, 0.5, P0), (np.array([2.0, -1.0]), 1.0, 0.0, np.eye(2))],
    "update": [(S0, 0.3, 0.1, P0, H), (np.array([2.0, -1.0]), 1.5, 2.0, np.eye(2), np.array([[0.5, 0.5]]))],
    "filter_batch": [(np.array([0.1, 0.3, 0.2]), np.array([0.1, 0.1, 0.2]), S0, P0, H),
                     (np.zeros(0), np.zeros(0), S0, P0, H)],
}
