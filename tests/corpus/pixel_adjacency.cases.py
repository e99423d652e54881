import numpy as np

# A land-cover raster of classes 1..3 padded by a ring of class 0.
RASTER = np.array([[1, 1, 2, 2],
                   [1, 3, 3, 2],
                   [3, 3, 1, 1]], dtype=np.uint32)
PADDED = np.pad(RASTER, 1)

CASES = {
    "compute_adjacency_arr": [(PADDED, 3), (np.pad(np.ones((2, 2), dtype=np.uint32), 1), 1)],
}
