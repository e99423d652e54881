# Dense weight matrices of 4 and 5 cities from different starts; a non-square matrix fails the assert
import numpy as np

W4 = np.array([[0, 10, 15, 20], [10, 0, 35, 25], [15, 35, 0, 30], [20, 25, 30, 0]], dtype=np.int64)
W5 = np.array([[0, 3, 4, 2, 7], [3, 0, 4, 6, 3], [4, 4, 0, 5, 8], [2, 6, 5, 0, 6], [7, 3, 8, 6, 0]], dtype=np.int64)

CASES = {
    "tsp": [(W4, 0), (W4, 2), (W5, 0), (W5, 4), (np.zeros((2, 3), dtype=np.int64), 0)],
}
