# Maximum flows on a CLRS-style capacity matrix and on a disconnected one.
import numpy as np

G = np.array([[0, 16, 13, 0, 0, 0], [0, 0, 10, 12, 0, 0], [0, 4, 0, 0, 14, 0],
              [0, 0, 9, 0, 0, 20], [0, 0, 0, 7, 0, 4], [0, 0, 0, 0, 0, 0]], np.int64)
CASES = {
    "maximum_flow_edmonds_karp": [(G, 0, 5), (G, 2, 3), (np.array([[0, 5], [0, 0]], np.int64), 1, 0)],
}
