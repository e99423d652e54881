# An impulse and a short decaying chirp, delays shorter and longer than the buffer, defaults left out
import numpy as np

IMPULSE = np.zeros(16)
IMPULSE[0] = 1.0
T = np.arange(40) / 40.0
CHIRP = np.sin(2 * np.pi * (3 + 5 * T) * T) * np.exp(-2 * T)

CASES = {
    "delay": [(IMPULSE, 3), (CHIRP, 0), (CHIRP, 50), (CHIRP, -2)],
    "delay_feedback": [(IMPULSE, 4, 0.5, 0.5), (CHIRP, 7, 0.7, 0.3), (CHIRP, 1, -0.9, 1.0), (CHIRP, 5, 0.6)],
    "one_pole_lowpass": [(CHIRP, 0.0), (CHIRP, 0.8), (IMPULSE, 0.5)],
    "allpass": [(IMPULSE, 3, 0.5), (CHIRP, 11, 0.7), (CHIRP, 0, 0.5)],
    "allpass_chain": [(CHIRP, np.array([5, 7, 11], dtype=np.int64), 0.6), (IMPULSE, np.array([2], dtype=np.int64), 0.5),
                      (CHIRP, np.zeros(0, dtype=np.int64), 0.5)],
    "comb_filter": [(IMPULSE, 4, 0.8, 0.2), (CHIRP, 9, 0.5), (CHIRP, 3, -0.7, 0.9)],
    "saturate": [(CHIRP, 1.0), (CHIRP, 10.0), (IMPULSE, 0.5)],
}
