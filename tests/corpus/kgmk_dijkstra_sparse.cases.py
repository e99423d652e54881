import numpy as np

G = np.array([[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 1], [2, 3, 5], [3, 0, 3]])
CASES = {
    'shortest_dist_dijkstra': [(4, G, 0), (4, G, 2), (5, G, 4), (3, np.array([[0, 1], [1, 2]]), 0)],
}
