import numpy as np

CONN = np.array([[0, 3, 5], [5, -1, 2], [9, 3, -1]], np.int64)
CASES = {
    "update_connectivity": [(CONN, {0: 10, 3: 11, 5: 12, 2: 13}, -1), (CONN, {}, -1)],
    "topological_sort": [({1: [2, 3], 2: [4], 3: [4], 4: []},), ({5: [0], 0: [], 7: [5, 0]},)],
}
