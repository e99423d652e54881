# Two- and one-feature series of different lengths, windows 0, 2 and wide, the robust (log) cost; equal points give log(0) = -inf
import numpy as np

X = np.array([[0.0, 1.0, 2.0, 1.5, 0.5, 0.2], [1.0, 0.8, 0.3, -0.2, 0.0, 0.4]])
Y = np.array([[0.1, 0.9, 2.2, 1.0, 0.4], [1.1, 0.7, 0.1, -0.1, 0.5]])
Z = np.array([[0.0, 2.0, 4.0, 3.0, 1.0, 0.0, -1.0, 0.5]])
W = np.array([[0.5, 2.5, 3.5, 0.0, -1.5]])

CASES = {
    "_dtw_dist": [(X, Y, 0, False), (X, Y, 2, False), (X, Y, 100, True), (Z, W, 1, False), (Z, W, 3, True),
                  (Z, Z, 0, True), (Y, X, 1, False)],
}
