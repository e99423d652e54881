import numpy as np

CLOUDS = (np.arange(36).reshape(6, 6) % 7).astype(np.uint8)
MASK = np.zeros((7, 7), dtype=np.uint8)
MASK[2:5, 1:4] = 1

CASES = {
    "run": [(CLOUDS, 3), (CLOUDS, 5), (MASK, 3), (MASK, 2)],
}
