# Phases around 0, pi and 2 pi; TTV tables with 0, 2 and 4 transit times, the query before, inside and after them
import numpy as np

X = np.array([[0.0, 1.0, 2.0, 3.0], [10.0, 12.5, 0.0, 0.0]])
Y = np.array([[0.01, -0.02, 0.03, 0.0], [0.5, -0.5, 0.0, 0.0]])
NTT = np.array([4, 2, 0], dtype=np.int64)
X3 = np.vstack([X, np.zeros((1, 4))])
Y3 = np.vstack([Y, np.zeros((1, 4))])

CASES = {
    "albedoMod": [(0.0, 0.3), (1.0, 0.5), (3.5, 0.2), (-2.0, 1.0), (7.0, 0.1)],
    "ttv_lininterp": [(X3, Y3, NTT, -0.5, 0), (X3, Y3, NTT, 1.5, 0), (X3, Y3, NTT, 2.0, 0),
                      (X3, Y3, NTT, 3.5, 0), (X3, Y3, NTT, 11.0, 1), (X3, Y3, NTT, 20.0, 1),
                      (X3, Y3, NTT, 5.0, 2), (X3, Y3, NTT, float("nan"), 0)],
}
