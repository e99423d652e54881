import numpy as np

MOD = 10**9 + 7

# ABC168 E's samples (pairs flattened, as the file reads them).
CASES = {
    "pow_mod": [(2, 10), (3, MOD - 1), (5, 0)],
    "solve": [(3, np.array([1, 2, -1, 1, 2, -1], np.int64)),
              (4, np.array([0, 0, 1, 0, 0, 1, 2, 3], np.int64))],
}
