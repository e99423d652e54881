import numpy as np

CASES = {
    "solve": [
        (3, 2, np.array([[0, 1, 1], [1, 0, 0], [1, 1, 0]], dtype=np.int64)),
        (1, 5, np.zeros((1, 1), dtype=np.int64)),
        (4, 10 ** 18, np.array([[0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 1, 0]], dtype=np.int64)),
        (2, 0, np.array([[5, 6], [7, 8]], dtype=np.int64)),
    ],
}
