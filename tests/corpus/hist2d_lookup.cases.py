# Points inside, on the edges and outside the bins, a weight; float32 values binned by np.int32
import numpy as np

Y = np.array([0.0, 0.5, 1.0, 1.99, 2.0, -0.1, 1.2])
X = np.array([0.0, 2.5, 1.0, 0.3, 1.0, 1.0, 2.99])
BY = np.array([0.0, 1.0, 2.0])
BX = np.array([0.0, 1.0, 2.0, 3.0])

CASES = {
    "reverse_lookup": [(np.array([5, 3, 9, 3]),), (np.array([], np.int64),)],
    "hist2d": [(Y, X, 1.0, BY, BX), (Y, X, 0.25, BY, BX[:2])],
    "bin_counts": [lambda: (np.array([-4.0, -1.5, 0.0, 0.3, 3.99, 4.0], np.float32), np.float32(-4.0), np.float32(4.0),
                            np.zeros(8, np.int32))],
}
