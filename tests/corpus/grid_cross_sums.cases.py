import numpy as np

CASES = {
    "solve": [(np.array([[1, 1, 1], [1, 1, 1], [1, 1, 1]], dtype=np.int32),),
              (np.array([[1, 2, 3, 4], [5, 6, 7, 8]], dtype=np.int32),),
              (np.array([[-7]], dtype=np.int32),)],
}
