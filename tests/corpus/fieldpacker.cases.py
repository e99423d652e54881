import numpy as np

# A 20x10 Tetris field of cells 0..3 (2 bits each).
_rng = np.random.default_rng(7)
FIELD = _rng.integers(0, 4, (20, 10)).astype(np.uint8)

CASES = {
    "prePackField": [(FIELD,), (np.zeros((20, 10), np.uint8),), (np.full((20, 10), 3, np.uint8),)],
}
