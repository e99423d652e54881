import numpy as np

CASES = {
    "square_region": [((3, 4), 1), ((0, 0), 0)],
    "neighbors": [((3, 4), False), ((-1, 7), True)],
    "add": [((3, 4), (-1, 0))],
    "manhattan": [((3, 4), (-2, 9))],
    "nearest": [((1, 1), np.array([[5, 5], [2, 0], [1, 3]], np.int64)), ((0, 0), np.zeros((0, 2), np.int64))],
}
