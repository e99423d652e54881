# cubic splines of a few knots: both end conditions, the three orders' paths, extrapolation on both sides
import numpy as np

X = np.array([0.0, 0.5, 1.3, 2.0, 3.1, 4.0])
Y = np.sin(X) + 0.25 * X
XS = np.array([-0.5, 0.0, 0.2, 1.3, 2.7, 4.0, 4.6])
CASES = {
    "solve_trid_system": [(X, Y, 2, 2, 0.0, 0.0), (X, Y, 1, 1, 0.3, -0.2), (X, Y, 1, 2, 0.0, 1.0), (X, Y, 3, 2, 0.0, 0.0)],
    "fit_eval": [(X, Y, XS, 0), (X, Y, XS, 1), (X, Y, XS, 2), (X, Y, XS, 3), (X[:3], Y[:3], XS, 0)],
    "fit_coeffs": [(X, Y), (X[:4], Y[:4])],
}
