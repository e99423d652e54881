import numpy as np

# AGC 044 B (Joker): viewers leave in order P (0-based seats of an N x N hall).
CASES = {
    "main": [(3, np.array([4, 0, 8, 1, 2, 3, 5, 6, 7], np.int32)),
             (4, np.array([5, 6, 9, 10, 0, 1, 2, 3, 4, 7, 8, 11, 12, 13, 14, 15], np.int32)),
             (1, np.array([0], np.int32))],
}
