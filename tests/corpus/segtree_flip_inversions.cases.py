import numpy as np

# inp = N, Q, A (0/1), then Q queries (T, L, R): T=1 flips A[L..R], T=2 counts inversions in A[L..R].
CASES = {
    "solve": [(np.array([5, 5, 0, 1, 0, 0, 1, 2, 1, 5, 1, 3, 4, 2, 2, 5, 1, 1, 3, 2, 1, 2], dtype=np.int64),),
              (np.array([1, 2, 1, 2, 1, 1, 1, 1, 1], dtype=np.int64),),
              (np.array([8, 4, 1, 1, 0, 1, 0, 0, 1, 0, 2, 1, 8, 1, 2, 6, 2, 1, 8, 2, 3, 5], dtype=np.int64),)],
}
