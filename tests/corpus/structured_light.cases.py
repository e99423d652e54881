import numpy as np

# gray_decode: 3 pattern images of 2 x 4 pixels, thresholds, a validity map.
SRC = np.array([[[200, 10, 120, 90], [250, 0, 128, 60]],
                [[10, 200, 130, 90], [0, 255, 100, 61]],
                [[200, 200, 20, 90], [5, 250, 128, 70]]], np.uint8)
THRESH = np.full((3, 2, 4), 100, np.uint8)
VALID = np.array([[1, 1, 1, 0], [1, 1, 1, 1]], np.uint8)

# index_sub_pix: one row of 80 decreasing indices with jumps of 2 (a missing index) at 30, 40 and 51.
STEPS = np.ones(80, np.int64)
STEPS[[0, 30, 40, 51]] = [0, 2, 2, 2]
LINE = (300 - np.cumsum(STEPS)).astype(np.int16)
LINE2 = LINE.copy()
LINE2[10] = -9999

# get_dmap_from_index_map: two rows of 12 pixels, the right view shifted by 2.
LEFT = np.array([np.arange(12), np.arange(12)], np.int16)
LEFT[1, 3] = -9999
RIGHT = np.array([np.arange(2, 14), np.arange(2, 14)], np.int16)

# depth_filter: a 5 x 100 depth map with a flat patch and a flying point.
RAW = np.zeros((5, 100))
RAW[1:4, 10:20] = 1.0
RAW[2, 50] = 1.0
KP = np.array([[1000.0, 0.0, 50.0], [0.0, 1000.0, 2.0], [0.0, 0.0, 1.0]])

# depth_avg_filter: zeros in the last 5 rows and columns (the filter reads past w + i unchecked).
AVG = np.zeros((10, 10))
AVG[1:5, 1:5] = np.array([[1.0, 1.001, 1.002, 1.0], [1.001, 1.0, 0.999, 1.003],
                          [1.0, 1.002, 1.0, 1.001], [0.998, 1.0, 1.001, 1.0]])

CASES = {
    "gray_decode": [lambda: (SRC.copy(), THRESH.copy(), VALID.copy(), 3, 2, 4, np.zeros((2, 4), np.int16), 5.0),
                    lambda: (SRC.copy(), THRESH.copy(), VALID.copy(), 2, 2, 4, np.zeros((2, 4), np.int16), 0.0)],
    "index_sub_pix": [lambda: (np.zeros((2, 80)), np.array([LINE, LINE2]), 2, 80, 1.0)],
    "get_dmap_from_index_map": [lambda: (np.zeros((2, 12)), np.zeros((2, 12)), 2, 12, LEFT.copy(), RIGHT.copy(),
                                         0.05, -1.8, 5.0, np.zeros((2, 12)), np.zeros((2, 12))),
                                lambda: (np.zeros((2, 12)), np.zeros((2, 12)), 2, 12, LEFT.copy(), RIGHT.copy(),
                                         0.05, 0.5, 2.0, np.full((2, 12), 0.5), np.full((2, 12), 1.5))],
    "depth_filter": [lambda: (RAW.copy(), RAW.copy(), 5, 100, KP.copy())],
    "depth_avg_filter": [lambda: (AVG.copy(), AVG.copy(), 10, 10, KP.copy())],
}
