import numpy as np

LAB = np.array([[0, 0], [0, 1], [1, 1], [1, 1], [2, 2], [0, 2]], np.int16)
CASES = {
    "ss_within": [(np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), LAB, np.array([2.0, 3.0, 1.0]))],
}
