import numpy as np

# ABC168 F's two samples: a bounded area (13) and an unbounded one (INF).
S1 = [1, 2, 0, 0, 1, 1, 0, 2, 2, -3, 4, -1, -2, 6, 3, 1, 0, 1, 0, 1, 2, 2, 0, 2, -1, -4, 5, 3, -2, 4, 1, 2, 4]
S2 = [-3, -1, -2, -3, -1, 1, -2, -1, 2, 1, 4, -2, 1, 4, -1, 1, 4, 1, 3, 1, 4]
CASES = {
    "main": [(5, 6, np.array(S1, np.int32)), (6, 1, np.array(S2, np.int32))],
}
