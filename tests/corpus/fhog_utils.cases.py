import numpy as np

# An 8x8 three-channel gradient image cut into 2x2 cells of 4x4 pixels,
# 9 orientation sectors (27 bins: 9 unsigned + 18 signed).
H = W = 8
_rng = np.random.default_rng(3)
DX = _rng.normal(0.0, 1.0, (H, W, 3)).astype(np.float32)
DY = _rng.normal(0.0, 1.0, (H, W, 3)).astype(np.float32)
_angles = np.arange(9) * np.pi / 9
BX = np.cos(_angles).astype(np.float32)
BY = np.sin(_angles).astype(np.float32)
ALPHA = np.stack([np.arange(H * W).reshape(H, W) % 9, np.arange(H * W).reshape(H, W) % 18], axis=2).astype(np.int64)
R = (np.arange(H * W, dtype=np.float32).reshape(H, W) % 5) / 4
NEAREST = np.array([-1, -1, 1, 1], dtype=np.int64)
WEIGHTS = np.array([[0.625, 0.375], [0.875, 0.125], [0.875, 0.125], [0.625, 0.375]], dtype=np.float32)
FMAP = (np.arange(4 * 4 * 27, dtype=np.float32) % 11) / 10
# Every 2x2 window of NORM (4x4) sums to a perfect square (4 or 9):
# math.sqrt of an f4 is float32 (sqrtf) in pycc, as numba, and float64 in
# CPython (numpy.float32 to a Python float); they agree where it is exact.
NORM = np.repeat(np.array([0.5, 1.5, 3.0, 1.5], dtype=np.float32), 4)
FEAT = (np.arange(2 * 2 * 108, dtype=np.float32) % 13) / 12

CASES = {
    "map_points_to_bins": [lambda: (DX, DY, BX, BY, np.zeros((H, W), np.float32), np.zeros((H, W, 2), np.int64), H, W, 3),
                           lambda: (DX, DY, BX, BY, np.zeros((H, W), np.float32), np.zeros((H, W, 2), np.int64), H, W, 1)],
    "aggregate_to_hog_feature_map": [lambda: (np.zeros(2 * 54, np.float32), R, ALPHA, NEAREST, WEIGHTS, 4, H, W, 2, 2, 27, 54)],
    "create_normalized_features": [lambda: (np.zeros(2 * 2 * 108, np.float32), NORM, FMAP, 2, 2, 9, 27, 108)],
    # nx, ny powers of two: numpy rounds `np.sum(f4 slice) * ny` once in
    # float32 (np.float32 * a Python float), pycc computes it in float64 and
    # rounds on the store (README, "numbers numpy functions return"): with
    # ny = 0.3333 some elements differ in the last float32 bit.
    "hog_pca": [lambda: (np.zeros(2 * 2 * 31, np.float32), FEAT, 108, 2, 2, 31, 4, 9, 0.5, 0.25),
                lambda: (np.zeros(2 * 2 * 31, np.float32), FEAT, 108, 2, 2, 31, 4, 9, 1.0, 2.0)],
}
