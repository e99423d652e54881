import numpy as np

TRIS = np.array([[[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]],
                 [[0.0, 0.0, 1.0], [2.0, 0.0, 1.0], [0.0, 2.0, 1.0]],
                 [[5.0, 5.0, 5.0], [6.0, 5.0, 5.0], [5.0, 6.0, 5.5]]])
PTS = np.array([[0.2, 0.2, 0.1], [3.0, 3.0, 1.0], [-1.0, -1.0, 0.0], [5.5, 5.2, 4.0]], dtype=np.float32)

CASES = {
    "query_triangles": [(TRIS, np.array([0, 1, 0, 1, 2, 1, 2], np.int64), np.array([2, 1, 2, 2], np.int64), PTS),
                        (TRIS, np.array([2], np.int64), np.array([1], np.int64), PTS[:1].copy())],
}
