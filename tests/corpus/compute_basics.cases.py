# Scalar arithmetic (division by zero raises ZeroDivisionError in CPython and pycc), a list made into an array,
# and SUM/MEAN/STDEV/VWAP, whose `range(n+1)` loops read one past the end (IndexError)
import numpy as np

PX = np.array([101.5, 102.0, 99.75, 100.25, 103.0])
VOL = np.array([10.0, 5.0, 7.5, 2.0, 1.0])

CASES = {
    "ADD": [(1.5, 2.25), (-0.0, 0.0)],
    "RELATIVE_PCT": [(PX,)],
    "SUBTRACT": [(1.5, 2.25)],
    "SUBTRACT_ARRAY": [(PX, VOL), (np.zeros(0), np.zeros(0))],
    "MULTIPLY": [(1.5, -2.0)],
    "DIVIDE": [(3.0, 4.0), (1.0, 0.0)],
    "LOGDIVIDE": [(3.0, 4.0), (-1.0, 2.0)],
    "PCT": [(105.0, 100.0)],
    "IFT": [(0.3,), (-2.0,), (400.0,)],
    "ROC": [(PX,)],
    "SLOPE": [(PX,)],
    "SUM": [(PX,)],
    "MEAN": [(PX,)],
    "STDEV": [(PX,)],
    "VWAP": [(PX, VOL)],
    "NormTPP": [(3.0, 1.0, 2.0)],
    "FullTPP": [(1.0, 3.0, 0.5, 2.0)],
    "WeightedTPP": [(1.0, 3.0, 0.5, 2.0)],
    "SplitSpread": [(100.0, 100.5)],
    "_2DiscreteBool": [(8.0, 7.0), (7.0, 8.0), (np.nan, 1.0)],
}
# not cased: RELATIVE_PCT of [-1.0, 1.0] divides numpy's float64 max and min, inf in CPython, ZeroDivisionError in
# numba and pycc (README Deviations: arithmetic on an element of a numpy array)
