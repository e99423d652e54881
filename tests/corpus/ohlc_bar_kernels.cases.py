# synthetic bars around 4400: prices on and off grid lines, NaN scales, sessions changing mid-array, empty input
import numpy as np

rng = np.random.RandomState(3)
CLOSE = 4400.0 + np.cumsum(rng.standard_normal(30) * 3.0)
CLOSE[5] = 4425.0
HIGH = CLOSE + rng.random_sample(30) * 2.0
LOW = CLOSE - rng.random_sample(30) * 2.0
SCALE = np.abs(rng.standard_normal(30)) + 0.5
SCALE[[3, 9]] = np.nan
SCALE[12] = 0.0
SESSION = np.repeat(np.array([1, 2, 3]), 10)
E = np.zeros(0)
CASES = {
    "grid_levels": [(CLOSE,), (np.array([4424.999999996, 4425.0, -12.5]),), (E,)],
    "smoothed_range": [(HIGH, LOW, CLOSE, 10), (HIGH, LOW, CLOSE, 1), (HIGH, LOW, CLOSE, 0), (E, E, E, 5)],
    "rates": [(CLOSE, SCALE, 2, 6), (CLOSE, SCALE, 1, 3), (E, E, 2, 6)],
    "session_mean": [(HIGH, LOW, CLOSE, SESSION, 3), (HIGH, LOW, CLOSE, SESSION, 1), (E, E, E, np.zeros(0, dtype=np.int64), 3)],
}
