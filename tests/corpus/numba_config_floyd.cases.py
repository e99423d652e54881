import numpy as np

# ABC143 E's first two samples (the file's own input layout).
CASES = {
    "solve": [(3, 2, 5, np.array([[1, 2, 3], [2, 3, 3]], np.int64), 2, np.array([[3, 2], [1, 3]], np.int64)),
              (4, 0, 1, np.zeros((0, 3), np.int64), 1, np.array([[2, 1]], np.int64))],
}
