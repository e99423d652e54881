# Peaks at the ends and inside (not a flat or straight run, whose 0/0 is ZeroDivisionError: README Deviations, an array element's arithmetic); beat intervals of 1, 2 and 6 samples
import numpy as np

Y = np.array([0.1, 0.5, 0.9, 0.7, 0.2])

CASES = {
    "peak_refine": [(Y, 0), (Y, 2), (Y, 4), (Y, 3), (np.array([1.0, 3.0, 2.0]), 1)],
    "hrv_stats": [(np.array([0.8]),), (np.array([0.8, 0.82]),), (np.array([0.81, 0.79, 0.85, 0.9, 0.77, 0.8]),)],
}
