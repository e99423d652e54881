import numpy as np

X1 = np.array([[1, 2, 2], [3, 1, 2], [3, 3, 1]], dtype=np.int16)
X2 = np.array([[5, 5, 7], [7, 9, 5], [9, 9, 9]], dtype=np.int16)
AREAS = np.arange(9, dtype=np.float64).reshape(3, 3) * 0.5

T1_RH = np.array([1, 2, 4], dtype=np.int32)
T1_CH = np.array([10, 20], dtype=np.int32)
T1 = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
T2_RH = np.array([2, 3, 4], dtype=np.int32)
T2_CH = np.array([10, 20], dtype=np.int32)
T2 = np.array([[0.5, 0.25], [1.5, 2.5], [4.0, 8.0]])

CASES = {
    "xtab_i16": [(X1, X2, AREAS)],
    "merge_xtabs": [(T1_RH, T1_CH, T1, T1_RH, T1_CH, T1), (T1_RH, T1_CH, T1, T1_RH, T1_CH, T1 * 2.0)],
}
