# Four 4x4 masks with overlaps, scores around the threshold; all below it; empty masks (IoU 0)
import numpy as np

MASKS = np.zeros((4, 4, 4), dtype=np.bool_)
MASKS[0, :2, :2] = True
MASKS[1, :2, :3] = True
MASKS[2, 2:, 2:] = True
MASKS[3, 1:3, 1:3] = True
SCORES = np.array([0.9, 0.8, 0.7, 0.4])

CASES = {
    "iou": [(MASKS[0], MASKS[1]), (MASKS[0], MASKS[2]), (np.zeros((2, 2), np.bool_), np.zeros((2, 2), np.bool_))],
    "nms": [(MASKS, SCORES, 0.5, 0.5), (MASKS, SCORES, 0.3, 0.1), (MASKS, SCORES, 0.95, 0.5),
            (MASKS, np.array([0.6, 0.6, 0.6, 0.6]), 0.5, 0.9)],
}
