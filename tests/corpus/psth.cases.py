import numpy as np

SPIKES = np.array([0.05, 0.12, 0.13, 0.5, 0.91, 1.2, 1.25, 1.6, 2.05, 2.4])
STARTS = np.array([0.1, 1.1])

CASES = {
    "makePSTH": [(SPIKES, STARTS, 0.1, 1.0, 0.001, 0.01), (SPIKES, STARTS, 0.2, 0.5, 0.01, 0.05)],
}
