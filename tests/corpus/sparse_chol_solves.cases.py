# A 5x5 unit lower-triangular pattern in CSC form (diagonal first in each column): mat-vec, solves with L and L'
# on vectors and on C- and Fortran-ordered right-hand sides, and numpy's QR of a 4x3 and a 3x3 matrix
import numpy as np

LP = np.array([0, 3, 5, 7, 8, 9], dtype=np.int32)
LI = np.array([0, 2, 4, 1, 3, 2, 4, 3, 4], dtype=np.int32)
LX = np.ones(9)
Y = np.array([1.0, -2.0, 0.5, 3.0, 0.25])
Y2 = np.arange(15.0).reshape(5, 3) - 4.0

CASES = {
    "csc_v": [(LP, LI, 5, Y), (LP, LI, 6, Y)],
    "back_solve": [lambda: (LP, LI, Y.copy())],
    "forward_solve": [lambda: (LP, LI, Y.copy())],
    "back_2dsolve_c": [lambda: (LP, LI, LX, Y2.copy()), lambda: (LP, LI, LX, np.asfortranarray(Y2))],
    "forward_2dsolve_c": [lambda: (LP, LI, LX, Y2.copy())],
    "back_2dsolve_f": [lambda: (LP, LI, LX, np.asfortranarray(Y2))],
    "forward_2dsolve_f": [lambda: (LP, LI, LX, Y2.copy())],
    "qr": [(np.array([[2.0, -1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0], [1.0, 0.0, 1.0]]),),
           (np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]]),)],
}
