# Probabilities and real values in 2-d arrays, including 0, 1, negatives and
# huge values that the clips bound.
import numpy as np

P = np.array([[0.0, 0.1, 0.5], [0.9, 1.0, 0.25]])
X = np.array([[-3.0, -0.5, 0.0], [0.7, 2.0, 800.0]])
POS = np.array([[0.5, 1.5, 3.0], [1e-300, 10.0, 1e300]])
ARRAY_EXPORTS = ["erf_v", "erfinv_v", "clip_probability", "identity", "logit", "sigmoid", "inverse", "exponential",
                 "logarithm", "inv_probit", "probit", "inv_probit_deriv", "inv_cloglog", "cloglog", "inv_loglog",
                 "loglog", "inverse_gaussian_link", "inverse_gaussian_inv_link", "inverse_gaussian_link_deriv",
                 "inverse_gaussian_inv_link_deriv"]

CASES = {name: [(P,), (X,), (POS,)] for name in ARRAY_EXPORTS}
# x ** 21 of a huge element overflows: numpy's float64 scalar gives inf, a
# loaded element is a Python float in pycc (OverflowError; the README's
# "arithmetic on an element" difference), so the series stay in range.
for name in ("erf_v", "erfinv_v", "inv_probit"):
    CASES[name] = [(P,), (X,), (POS[:, :2],)]
CASES["erf_f8"] = [(0.0,), (0.3,), (-1.2,), (2.5,)]
CASES["erfinv_f8"] = [(0.0,), (0.5,), (-0.9,)]
