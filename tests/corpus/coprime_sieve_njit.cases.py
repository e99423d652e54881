import numpy as np

U4 = np.uint32

# ABC177 E: 0 when pairwise coprime, 1 otherwise; all ones and a single prime too.
CASES = {
    "solve": [(np.array([3, 4, 5], U4),), (np.array([6, 10, 15], U4),), (np.array([6, 10, 16], U4),),
              (np.array([1, 1, 1], U4),), (np.array([2], U4),), (np.array([1, 7, 9, 1, 25], U4),)],
}
