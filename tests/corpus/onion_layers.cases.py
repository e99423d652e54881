# Square and stretched cells with limits that keep none, some and all offsets; work lists over 0-3 rounds
import numpy as np

CASES = {
    "layers": [((3, 3), (1.0, 1.0), 1.5), ((3, 4), (1.0, 0.5), 2.0), ((2, 2), (1.0, 1.0), 10.0)],
    "frontier": [(np.array([3, 0, 1, 2, 5]), 3), (np.array([0, 0]), 2), (np.array([4]), 0)],
}
