# Labels 0-3 in a 2x3x2 volume (0 skipped), sides 0/1/2, signal on some voxels
import numpy as np

LAB = np.array([[[1, 1], [2, 0], [3, 1]], [[2, 2], [0, 3], [1, 1]]], dtype=np.int64)
SIDE = np.array([[[1, 2], [1, 0], [2, 2]], [[0, 1], [1, 1], [2, 1]]], dtype=np.int64)
SIG = np.array([[[1, 0], [1, 1], [0, 1]], [[0, 0], [1, 1], [1, 0]]], dtype=np.int64)

CASES = {
    "region_stats": [(LAB, SIDE, SIG)],
    "region_maxima": [(LAB[0], np.linspace(0.0, 2.0, 6).reshape(3, 2))],
}
