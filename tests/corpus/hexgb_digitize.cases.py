import numpy as np

CASES = {
    "digitize4float": [(np.array([0.5, 1.0, 2.5, -1.0, 9.0], np.float32), np.array([1.0, 2.0, 3.0], np.float32))],
    "digitize4int": [(np.array([0, 4, 5, 7, 100], np.uint16), np.array([1, 5, 7], np.uint16))],
    "split4bin": [(6, 2, np.array([0, 1, 2, 3, 1, 2], np.uint16), np.array([0, 0, 1, 1, 0, 1], np.int32),
                   np.array([0, 1], np.int32))],
    "forgrad": [(np.array([[0, 1], [3, 2], [1, 1]], np.uint8),
                 np.array([[0.5, 1.0], [0.25, -2.0], [1.5, 0.125]], np.float32), 2, 2, 1)],
}
