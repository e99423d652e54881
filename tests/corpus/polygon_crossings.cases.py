# a closed square and a concave ring: points inside, outside, on edges and vertices
import numpy as np

SQUARE = np.array([[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]])
CONCAVE = np.array([[0.0, 0.0], [6.0, 0.0], [6.0, 6.0], [3.0, 2.0], [0.0, 6.0], [0.0, 0.0]])
PTS = np.array([[1.0, 1.0], [5.0, 5.0], [2.0, 3.0], [3.0, 4.0], [4.0, 2.0], [0.0, 0.0], [5.5, 5.0]])
CASES = {
    "inside": [(1.0, 1.0, SQUARE), (5.0, 1.0, SQUARE), (3.0, 4.0, CONCAVE), (5.0, 4.0, CONCAVE), (4.0, 2.0, SQUARE)],
    "inside_many": [(PTS, SQUARE), (PTS, CONCAVE), (PTS[:0], SQUARE)],
    "classify": [(SQUARE, p) for p in PTS] + [(CONCAVE, p) for p in PTS],
}
