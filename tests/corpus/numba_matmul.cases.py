import numpy as np

# Entries that are small multiples of 1/4: every dot product is exact, so the
# summation order of the BLAS and of pycc cannot differ.
M1 = np.array([[1.0, 2.0, 0.5], [-1.0, 0.25, 3.0]])
M2 = np.array([[2.0, 0.0], [1.0, -1.0], [0.5, 4.0]])

CASES = {
    "numba_matmul": [lambda: (M1, M2, np.zeros((2, 2))), lambda: (M2, M1, np.zeros((3, 3))),
                     lambda: (M1, M2, np.zeros((3, 3)))],
}
