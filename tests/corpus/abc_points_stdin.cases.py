import numpy as np

# ABC141 C: N players, K points, Q correct answers by the listed players.
CASES = {
    "main": [(np.array([6, 3, 4, 3, 1, 3, 2], np.int64),),
             (np.array([6, 5, 4, 3, 1, 3, 2], np.int64),),
             (np.array([3, 1, 0], np.int64),)],
}
