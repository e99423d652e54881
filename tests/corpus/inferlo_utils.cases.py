# Entropy with zeros, softmax and logsumexp of small vectors; sample_categorical draws from np.random (no case).
import numpy as np

CASES = {
    "entropy": [(np.array([0.25, 0.25, 0.5, 0.0]),), (np.array([1.0]),)],
    "softmax_1d": [(np.array([1.0, 2.0, 3.0]),), (np.array([-1000.0, 0.0, 1000.0]),)],
    "logsumexp_1d": [(np.array([1.0, 2.0, 3.0]),), (np.array([-5.0, -5.0]),)],
}
