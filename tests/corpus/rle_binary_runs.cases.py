import numpy as np

CASES = {
    'runs_of': [(np.array([1, 1, 0, 0, 0, 1], dtype=np.uint8),), (np.array([0, 1], dtype=np.uint8),),
                (np.zeros(0, np.uint8),)],
    'expand': [(np.array([2, 3, 1], dtype=np.uint32),), (np.array([0, 2], dtype=np.uint32),),
               (np.zeros(0, np.uint32),)],
}
