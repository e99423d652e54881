# A closed square path and an open path with headings, the way the
# trajectory planner calls it (optional arguments given or None).
import numpy as np

SQUARE = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]])
OPEN = np.array([[0.0, 0.0], [1.0, 0.5], [2.0, 0.0], [3.0, 1.0]])

CASES = {
    "isclose": [(np.array([1.0, 2.0, 3.0]), np.array([1.0 + 1e-9, 2.1, 3.0]))],
    "diff": [(OPEN, 0), (OPEN, 1), (OPEN, None)],
    "calc_splines": [(SQUARE, None, None, None, None), (OPEN, None, 0.3, -0.2, True),
                     (OPEN, np.array([1.0, 1.5, 1.2]), 0.3, -0.2, False), (OPEN, None, None, None, None)],
}
