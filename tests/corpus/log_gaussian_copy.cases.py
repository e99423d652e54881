import numpy as np


def SETUP(ns):
    # The file makes its CC inside this function; calling it declares the export.
    ns["compile_cc"]()


# The file's own input: a transposed (Fortran-ordered) 4x3x1 array; the copy is C-ordered.
A = np.transpose(np.array([[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]]]))

CASES = {
    "log_gaussian_numba_CC": [(A,), (np.arange(24.0).reshape(2, 3, 4),), (np.zeros((0, 2, 2)),)],
}
