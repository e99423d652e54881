# A closed square and a closed concave polygon (last vertex repeats the first); points inside, outside, on an edge and on a vertex
import numpy as np

SQUARE = np.array([[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]])
CONCAVE = np.array([[0.0, 0.0], [6.0, 0.0], [6.0, 6.0], [3.0, 2.0], [0.0, 6.0], [0.0, 0.0]])
POINTS = np.array([[1.0, 1.0], [5.0, 1.0], [4.0, 2.0], [3.0, 4.0], [2.0, 0.0], [0.0, 4.0], [-1.0, -1.0], [3.0, 1.0]])

CASES = {
    "is_inside_sm": [(SQUARE, p.copy()) for p in POINTS] + [(CONCAVE, p.copy()) for p in POINTS],
    "is_inside_sm_parallel": [(POINTS, SQUARE), (POINTS, CONCAVE)],
}
