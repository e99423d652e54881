import numpy as np

MAT = np.array([[0, 1, 2, 1, 0, 0], [1, 9, 3, 0, 0, 1], [0, 2, 1, 0, 7, 2], [0, 0, 0, 1, 2, 8],
                [4, 0, 0, 0, 1, 1]], np.uint64)

CASES = {
    "unravel_index": [(np.uint64(7), np.array([3, 4], np.uint64)), (np.uint64(0), np.array([1, 1], np.uint64))],
    "create_grid": [(np.uint64(1), np.uint64(2))],
    "dot": [(np.array([3, 4], np.uint64), np.array([3, 4], np.uint64))],
    "norm_row_axis": [(np.array([[3, 4], [1, 1], [0, 0]], np.uint64),)],
    "get_circle_mask": [(np.array([3, 2], np.uint64), 2.0), (np.array([0, 0], np.uint64), 1.5)],
    "get_square_mask": [(np.array([3, 2], np.uint64), np.uint64(1), np.uint64(2))],
    "apply_mask_float": [lambda: (MAT.astype(np.float64), np.array([[0, 1], [2, 4]], np.int64), 0.5)],
    "apply_mask_uint": [lambda: (MAT.copy(), np.array([[1, 1], [4, 0]], np.int64), np.uint64(3))],
    "max_intensity_float64": [(MAT.astype(np.float64), np.uint64(3), np.uint64(0), 1.0, 1.0, 0.0),
                              (MAT.astype(np.float64), np.uint64(4), np.uint64(1), 1.0, 1.0, 2.0),
                              (MAT.astype(np.float64), np.uint64(3), np.uint64(2), 1.0, 1.0, 0.0)],
    "max_intensity_uint64": [(MAT, np.uint64(2), np.uint64(1), 1.0, 1.0, 0.0)],
}
