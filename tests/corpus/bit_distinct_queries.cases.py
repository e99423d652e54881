import numpy as np

# ABC174 F (range set query): colours C, queries LR (1-based, inclusive), A
# the query order by right end, as the file's own reader builds it.
C = np.array([1, 2, 1, 3], dtype=np.int64)
LR = np.array([[1, 3], [2, 4], [3, 3]], dtype=np.int64)
C2 = np.array([2, 5, 6, 5, 2, 1, 7, 9, 7, 2], dtype=np.int64)
LR2 = np.array([[5, 5], [2, 4], [6, 7], [2, 2], [7, 8], [7, 9], [1, 8], [6, 9], [8, 10], [6, 8]], dtype=np.int64)

CASES = {
    "main": [(4, 3, C, LR, np.argsort(LR[:, 1], kind="stable")),
             (10, 10, C2, LR2, np.argsort(LR2[:, 1], kind="stable"))],
}
