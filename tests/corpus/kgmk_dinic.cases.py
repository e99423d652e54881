# Capacity matrices: the CLRS six-node network (max flow 23), a graph with no path to the sink, source == sink's neighbour
import numpy as np

CLRS = np.array([[0, 16, 13, 0, 0, 0],
                 [0, 0, 10, 12, 0, 0],
                 [0, 4, 0, 0, 14, 0],
                 [0, 0, 9, 0, 0, 20],
                 [0, 0, 0, 7, 0, 4],
                 [0, 0, 0, 0, 0, 0]], dtype=np.int64)
CUT = np.array([[0, 5, 0], [0, 0, 0], [0, 0, 0]], dtype=np.int64)
PAIR = np.array([[0, 3, 2], [0, 0, 4], [0, 0, 0]], dtype=np.int64)

CASES = {
    "maximum_flow_dinic": [(CLRS, 0, 5), (CLRS, 1, 4), (CUT, 0, 2), (PAIR, 0, 2), (PAIR, 0, 1)],
}
