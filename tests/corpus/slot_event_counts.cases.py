import numpy as np

# Pulse-position decoding: peaks (sample times) counted per slot.
PEAKS = np.array([0.5, 1.2, 1.9, 3.3, 3.4, 5.0, 7.75])
STARTS = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0])

CASES = {
    "get_num_events": [lambda: (1, np.zeros((2, 8), dtype=np.int32), 8, PEAKS, STARTS),
                       lambda: (0, np.full((1, 3), -1, dtype=np.int32), 2, PEAKS, STARTS[:4])],
    "get_num_events_numba": [(PEAKS, STARTS, 1000), (PEAKS, STARTS[:3], 10)],
}
