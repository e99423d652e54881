import numpy as np

CASES = {
    "solve": [(np.array([3, 4, 1, 2, 3, 5], dtype=np.int64),),
              (np.array([2, 2, 1, 2], dtype=np.int64),)],
}
