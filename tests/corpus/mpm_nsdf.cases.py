import numpy as np

T = np.arange(64)
SINE = np.sin(2 * np.pi * T / 16.0)
CHIRP = np.sin(0.01 * T * T) * np.exp(-T / 40.0)

CASES = {
    "_numba_mpm_core": [(SINE, 32), (CHIRP, 20), (np.zeros(20), 10), (SINE, 1)],
}
