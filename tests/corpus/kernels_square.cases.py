import numpy as np

CASES = {
    "square": [(3.0,), (-0.5,), (1e200,)],
    "squarearr": [(np.array([1.0, -2.0, 0.5, np.nan]),), (np.array([], dtype=np.float64),)],
}
