import numpy as np

CASES = {
    "calc_aot": [(np.array([0, 1, 2, 4, 9, 100000], dtype=np.int32),), (np.array([], dtype=np.int32),)],
}
