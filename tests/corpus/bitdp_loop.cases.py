import numpy as np

# EDPC O (Matching): perfect matchings of a compatibility matrix (printed).
CASES = {
    "solve": [(3, np.array([[0, 1, 1], [1, 0, 1], [1, 1, 1]], np.int64)),
              (4, np.array([[0, 1, 0, 0], [0, 0, 0, 1], [1, 0, 0, 0], [0, 0, 1, 0]], np.int64))],
}
