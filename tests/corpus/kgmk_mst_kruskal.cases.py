# Minimum spanning trees of a 5-node weighted graph and of a graph with a redundant edge.
import numpy as np

G = np.array([[0, 1, 4], [0, 2, 1], [1, 2, 2], [1, 3, 5], [2, 3, 8], [3, 4, 3], [2, 4, 9]], np.int64)
CASES = {
    "mst_kruskal": [(5, G), (3, np.array([[0, 1, 1], [1, 2, 1], [0, 2, 1]], np.int64))],
}
