# Suffix arrays by prefix doubling of short code sequences.
import numpy as np

CASES = {
    "sa_doubling": [(np.array([1, 0, 13, 0, 13, 0], np.int64),), (np.array([0, 1, 17, 0, 2, 0, 3, 0, 1, 17, 0], np.int64),), (np.array([5, 5, 5, 5], np.int64),)],
}
