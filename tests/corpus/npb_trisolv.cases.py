# npbench trisolv on small inputs (the benchmark's own sizes are larger)
import numpy as np

L = np.array([[2.0, 0.0, 0.0], [1.0, 3.0, 0.0], [0.5, -1.0, 4.0]])
CASES = {"kernel": [lambda: (L, np.zeros(3), np.array([2.0, 5.0, 1.0]))]}
# not cased: a zero diagonal, where numpy divides its float64 scalars to inf/nan and numba and pycc raise
# ZeroDivisionError (README Deviations: arithmetic on an element of a numpy array)
