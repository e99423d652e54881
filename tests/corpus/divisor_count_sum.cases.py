import numpy as np

CASES = {
    "solve": [(np.array([4], dtype=np.int64),), (np.array([100], dtype=np.int64),),
              (np.array([10000000], dtype=np.int64),), (np.array([0], dtype=np.int64),)],
}
