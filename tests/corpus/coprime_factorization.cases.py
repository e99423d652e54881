# AtCoder ABC177 E (coprime): solve() is 0 for pairwise coprime, 1 otherwise.
import numpy as np

CASES = {
    "factorization": [(30,), (2,), (97,)],
    "solve": [(np.array([3, 4, 5], dtype=np.uint32),), (np.array([6, 10, 15], dtype=np.uint32),),
              (np.array([1, 1, 1], dtype=np.uint32),), (np.array([1, 7, 1, 9, 25], dtype=np.uint32),),
              (np.array([2, 4], dtype=np.uint32),), (np.array([1], dtype=np.uint32),)],
}
