# A small regression (residuals of y on [1, x]) and a Granger log-ratio.
import numpy as np

X = np.array([[1.0, 0.5], [2.0, -1.0], [3.0, 0.25], [4.0, 2.0], [5.0, 1.5], [6.0, -0.5]])
Y = np.array([1.0, 2.5, 2.0, 4.5, 5.0, 5.5])
CASES = {
    "ols_res_cal": [(Y, X), (Y[:4], X[:4, :1])],
    "granger_cal": [(Y, Y * 0.5), (np.array([1.0, 1.0, 1.0]), np.array([0.5, 1.5, 2.0]))],
}
