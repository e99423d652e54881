import numpy as np

# A 3x4 raster of zones (int16) with a nodata and a masked cell, areas and weights.
Z = np.array([[1, 1, 2, 3], [2, 2, -32768, 1], [3, 3, 3, 1]], dtype=np.int16)
Z2 = np.array([[5, 6, 5, 5], [6, 6, 5, 5], [5, 6, 6, 6]], dtype=np.int16)
D = np.array([[0.5, 1.5, 2.0, 0.25], [1.0, -32768.0, 3.0, 0.75], [2.5, 0.125, 4.0, 1.0]])
W = np.array([[1, 2, 1, 1], [3, 1, 1, 2], [1, 1, 2, 1]], dtype=np.int16)
M = np.zeros((3, 4), dtype=np.bool_)
M[2, 3] = True

CASES = {
    "slice_area": [(0.0,), (0.5,), (-1.2,), (1.5707963267948966,)],
    "calc_cell_area": [(10.0, 10.5, 0.5), (45.0, 44.0, 1.0), (-60.0, -59.75, 0.25)],
    "zonal_total": [lambda: (Z.copy(), D, M), lambda: (Z.copy(), D, np.ones((3, 4), dtype=np.bool_))],
    "zonal_total_weighted": [lambda: (Z.copy(), W, D, M), lambda: (Z.copy(), Z2, D, M)],
    "bizonal_total": [lambda: (Z.copy(), Z2.copy(), D, M)],
}
