# CSC products of small sparse matrices (a 3x3 times a 3x2), a CSR product and a CSC matrix-vector product.
import numpy as np

AP = np.array([0, 2, 3, 5], np.int32); AI = np.array([0, 2, 1, 0, 2], np.int32); AX = np.array([1.0, 4.0, 2.0, 3.0, 5.0])
BP = np.array([0, 2, 3], np.int32); BI = np.array([0, 2, 1], np.int32); BX = np.array([1.0, -1.0, 2.0])
CASES = {
    "csc_multiply_ff": [(3, 3, AP, AI, AX, 3, 2, BP, BI, BX)],
    "csr_multiply_ff": [(3, 3, AP, AI, AX, 3, 3, AP, AI, AX)],
    "csc_mat_vec_ff": [(3, 3, AP, AI, AX, np.array([1.0, 2.0, 3.0])), (3, 3, AP, AI, AX, np.array([1.0, 2.0]))],
}
