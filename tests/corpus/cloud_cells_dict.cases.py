import numpy as np

CASES = {
    "cell_counts": [(np.array([[[1, 2], [3, 3]]], np.int64), 20), (np.array([[[5, 5, 2], [5, 1, 2]]], np.int64), 2)],
}
