import numpy as np

CASES = {
    "solve": [(np.array([[True, True], [True, True]]),),
              (np.array([[True, False, True], [True, True, True]]),)],
}
