# Two years of daily temperature and water with a few land uses.
import numpy as np

DAYS = np.array([[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], [3, 0, 5, 1, 2, 0, 0, 4, 0, 1, 2, 31]], dtype=np.int64)
T = np.sin(np.arange(2 * 12 * 31, dtype=np.float64)).reshape(2, 12, 31) * 10.0
W = (np.cos(np.arange(2 * 12 * 31, dtype=np.float64) * 0.7) * 0.1).reshape(2, 12, 31)
Q = np.abs(np.sin(np.arange(2 * 12 * 31 * 16, dtype=np.float64))).reshape(2, 12, 31, 16)

CASES = {"WashImperv_inner": [(2, DAYS, T, 3, 10, W, Q), (1, DAYS, T, 0, 16, W, Q), (0, DAYS, T, 2, 4, W, Q)]}
