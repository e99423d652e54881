# A least-squares slope: a noisy line, a vertical set (denominator 0: nan), mismatched lengths (ValueError), empty arrays
import numpy as np

X = np.linspace(0.0, 9.0, 10)
Y = 2.5 * X - 1.0 + np.sin(X)

CASES = {
    "compute_slope": [(X, Y), (np.full(4, 3.0), np.arange(4.0)), (X, Y[:5]), (np.zeros(0), np.zeros(0)),
                      (np.array([1.0, 2.0]), np.array([5.0, -5.0]))],
}
