# ABC175 E's samples (r, c, k, then r_i c_i v_i triples) and a grid with a row of many items.
import numpy as np

S1 = np.array([2, 2, 3, 1, 1, 3, 2, 1, 4, 1, 2, 5], np.int64)
S2 = np.array([2, 5, 5, 1, 1, 3, 2, 4, 20, 1, 2, 1, 1, 3, 4, 1, 4, 2], np.int64)
S3 = np.array([3, 4, 6, 1, 1, 5, 1, 2, 6, 1, 3, 7, 1, 4, 8, 2, 2, 1, 3, 4, 9], np.int64)
CASES = {
    "solve": [(S1,), (S2,), (S3,), (np.array([1, 1, 0], np.int64),)],
}
