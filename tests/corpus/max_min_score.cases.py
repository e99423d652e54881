import numpy as np

CASES = {
    "solve": [(6, np.array([2, 4, 4, 9, 4, 9], dtype=np.int64)), (1, np.array([7], dtype=np.int64))],
}
