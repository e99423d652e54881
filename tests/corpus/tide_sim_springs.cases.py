import numpy as np

# A soft body of four nodes joined by five springs (muscles).
POS = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.2]])
MUSCLES = np.array([[0, 1], [1, 2], [2, 3], [3, 0], [0, 2]], np.int32)
START = np.array([1.0, 1.0, 1.0, 1.0, 1.5])
STRENGTH = np.array([2.0, 1.0, 1.5, 1.0, 0.5])
LAST = np.array([1.0, 0.9, 1.1, 1.2, 1.4])

CASES = {
    "move_node": [lambda: (POS.copy(), np.ones((4, 2)), np.zeros((4, 2)))],
    "get_springs_length": [(POS, MUSCLES)],
    "get_springs_forces": [(POS, START, MUSCLES, STRENGTH, LAST, 0.3)],
    "move": [lambda: (POS.copy(), np.zeros((4, 2)), START, MUSCLES, STRENGTH, LAST, -9.8, 0.3, 3),
             lambda: (POS.copy(), np.ones((4, 2)), START, MUSCLES, STRENGTH, LAST, 0.0, 0.0, 0)],
    "get_center": [(POS,)],
}
