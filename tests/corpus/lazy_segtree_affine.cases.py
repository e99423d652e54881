import numpy as np

# AtCoder Library Practice K (range affine range sum): n q, a, then queries
# "0 l r b c" (a[i] = b * a[i] + c on [l, r)) and "1 l r" (sum mod 998244353).
CASES = {
    "solve": [(np.array([5, 7, 1, 2, 3, 4, 5,
                         1, 0, 5,
                         0, 2, 4, 100, 101,
                         1, 0, 3,
                         0, 1, 3, 102, 103,
                         1, 2, 5,
                         0, 2, 5, 104, 105,
                         1, 0, 5], dtype=np.int64),),
              (np.array([1, 2, 998244352, 0, 0, 1, 2, 3, 1, 0, 1], dtype=np.int64),)],
}
