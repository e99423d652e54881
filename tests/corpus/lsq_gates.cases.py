# OR, AND and XOR truth tables as float32 least squares (AND with a bias column made singular: LinAlgError)
import numpy as np

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
OR = np.array([[0, 0], [1, 1], [1, 1], [1, 1]], dtype=np.float32)
XOR = np.array([[0, 0], [1, 1], [1, 1], [0, 0]], dtype=np.float32)
W = np.array([[0.5, -0.25], [1.0, 2.0]], dtype=np.float32)
B = np.array([0.1, -0.2], dtype=np.float32)

CASES = {
    "fit": [lambda: (X, OR, np.zeros((2, 2), np.float32), np.zeros(2, np.float32)),
            lambda: (X, XOR, np.zeros((2, 2), np.float32), np.zeros(2, np.float32)),
            lambda: (np.ones((4, 2), np.float32), OR, np.zeros((2, 2), np.float32), np.zeros(2, np.float32))],
    "predict": [(X, W, B), (X, np.zeros((2, 2), np.float32), B)],
}
