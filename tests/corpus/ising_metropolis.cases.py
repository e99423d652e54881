import numpy as np

# `simulate` draws from np.random and prints its trajectory; with 0 steps it draws its spins
# and prints nothing, the one deterministic call.
CASES = {
    "simulate": [(np.array([[0.0, 1.0], [1.0, 0.0]], dtype=np.float32), 0, np.float32(1.5))],
}
