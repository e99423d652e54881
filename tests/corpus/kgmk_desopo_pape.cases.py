# Edge lists (from, to, weight) unsorted, with an unreachable node and a shorter path found late
import numpy as np

E = np.array([[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 1], [2, 3, 5], [3, 4, 3], [1, 4, 7]], dtype=np.int64)
E2 = np.array([[2, 0, 1], [1, 2, 1], [0, 1, 10]], dtype=np.int64)

CASES = {
    "shortest_dist_desepo_pape": [(6, E, 0), (6, E, 2), (3, E2, 1), (3, E2, 0)],
}
