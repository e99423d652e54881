import numpy as np

# A 20x10 board screenshot (3x3 pixels a cell) in four dim colours; pixel
# values stay small so that the uint8 squares and sums do not wrap.
BLACK = np.array([0, 0, 0], dtype=np.uint8)
WHITE = np.array([5, 5, 5], dtype=np.uint8)
RED = np.array([5, 0, 1], dtype=np.uint8)
BLUE = np.array([0, 1, 5], dtype=np.uint8)
_cells = (np.arange(200).reshape(20, 10) * 7) % 4
_palette = np.stack([BLACK, WHITE, RED, BLUE])
IMG = np.ascontiguousarray(np.repeat(np.repeat(_palette[_cells], 3, axis=0), 3, axis=1))

CASES = {
    "parseImage2": [(IMG, BLACK, WHITE, RED, BLUE), (IMG, WHITE, BLACK, BLUE, RED)],
}
