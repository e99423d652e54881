# GWLF groundwater: two years of daily percolation (cm), month lengths.
import numpy as np

DAYS = np.array([[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
                 [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]], dtype=np.int64)
PERC = np.abs(np.sin(np.arange(2 * 12 * 31, dtype=np.float64))).reshape(2, 12, 31) * 0.3

CASES = {
    "DeepSeep_inner": [(2, 5.0, DAYS, 0.1, 0.05, PERC), (1, 0.0, DAYS, 0.9, 0.2, PERC), (3, 1.0, DAYS, 0.1, 0.05, PERC)],
}
