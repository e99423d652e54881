# LCP arrays of "banana" and "abracadabra" (codes) with their suffix arrays.
import numpy as np

BANANA = np.array([1, 0, 13, 0, 13, 0], np.int64)
SA_BANANA = np.array([5, 3, 1, 0, 4, 2], np.int64)
ABRA = np.array([0, 1, 17, 0, 2, 0, 3, 0, 1, 17, 0], np.int64)
SA_ABRA = np.array([10, 7, 0, 3, 5, 8, 1, 4, 6, 9, 2], np.int64)
CASES = {
    "lcp_kasai": [(BANANA, SA_BANANA), (ABRA, SA_ABRA), (np.array([4], np.int64), np.array([0], np.int64))],
}
