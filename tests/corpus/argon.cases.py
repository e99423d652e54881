import numpy as np

R = np.array([[0.0, 0.0, 0.0], [0.38, 0.0, 0.0], [0.19, 0.33, 0.0], [0.19, 0.11, 0.31]])

# `simulate` draws from np.random and prints its trajectory: it has no cases.
CASES = {
    "calc_static": [(R, 4, 10000.0, 0.3, 1.0, 0.38), (R, 2, 10000.0, 2.0, 1.0, 0.38)],
}
