# A 6-node graph of two triangles joined by one edge, as adjacency lists with weights
import numpy as np

NBRS = [[1, 2], [0, 2], [0, 1, 3], [2, 4, 5], [3, 5], [3, 4]]
WTS = [[1.0] * len(r) for r in NBRS]

CASES = {
    "modularity": [(np.array([0, 0, 0, 1, 1, 1]), np.array([3.0, 3.0, 0, 0, 0, 0]), np.array([7.0, 7.0, 0, 0, 0, 0]), 7.0, 1.0)],
    "renumber": [(np.array([4, 4, 1, 1, 4, 1]), 6)],
}
