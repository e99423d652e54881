# Non-uniform DFT power of an unevenly sampled sinusoid, on a frequency grid and at single frequencies.
import numpy as np

T = np.array([0.0, 0.7, 1.3, 2.2, 3.1, 3.9, 5.2, 6.0, 7.4, 8.1])
M = np.sin(2.0 * np.pi * 0.3 * T) + 0.1 * T
CASES = {
    "NUDFT_grid": [(T, M, 0.05, 0.6, 0.05)],
    "NUDFT": [(T, M, 0.3), (T, M, 0.0)],
}
