import numpy as np

CASES = {
    "pos": [(5, 1, 2), (3, 0, 0)],
    "solve": [(3, 3, np.array([[False, False, False], [False, True, False], [False, False, False]])),
              (2, 2, np.array([[False, True], [False, False]]))],
}
