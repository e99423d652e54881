# A clamped cubic knot vector, a smooth synthetic frame, two points (one near the border, one with a diverged previous displacement), flat and textured windows
import numpy as np

T = np.array([0.0, 0.0, 0.0, 0.0, 2.0, 4.0, 6.0, 8.0, 8.0, 8.0, 8.0])
NC = 7
yy, xx = np.mgrid[0:24, 0:24]
FRAME = np.sin(yy / 3.0) + np.cos(xx / 4.0) + 0.1 * yy
G = FRAME[5:12, 6:13].copy()
C = np.cos(np.arange(NC * NC, dtype=np.float64).reshape(NC, NC) / 5.0)
CALL = np.stack([C, C * 0.5])
PTS = np.array([[10, 10], [3, 20]], dtype=np.int64)
PREV = np.array([[0.4, -0.3], [np.inf, 0.0]])

CASES = {
    "bspline_basis": [lambda: (T, x, NC, np.zeros(4)) for x in (-1.0, 0.0, 1.5, 3.99, 4.0, 7.5, 8.0, 9.0)],
    "translate": [(G, T, T, C, 10, 1e-6, 0.1, -0.2), (G, T, T, C, 0, 1e-6, 0.0, 0.0),
                  (np.ones((7, 7)), T, T, C, 5, 1e-6, 0.0, 0.0)],
    "track_frame": [lambda: (FRAME, PTS, T, T, CALL, PREV, np.zeros((2, 2)), np.zeros(2, np.int64),
                             np.zeros(2, np.bool_), 4, 4, 1, 5, 1e-5)],
}
