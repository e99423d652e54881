import numpy as np

# inp = H, then a permutation P of the 2**(H-1) leaves; solve adds to inp[1:] in place, so fresh copies.
CASES = {
    "solve": [lambda: (np.array([3, 2, 3, 1, 4], dtype=np.int64),),
              lambda: (np.array([2, 1, 2], dtype=np.int64),),
              lambda: (np.array([5, 2, 16, 1, 14, 8, 10, 3, 5, 15, 9, 12, 4, 11, 6, 13, 7], dtype=np.int64),)],
}
