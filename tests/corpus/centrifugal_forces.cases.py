# Three degrees of freedom with a symmetric index map into four stored 3x3 blocks.
import numpy as np

N = 3
JCOL = np.array([[0, 1, 2], [3, 3, 3]], dtype=np.int32)
IJSYM = np.array([[0, 1, 2], [1, 3, 0], [2, 0, 3]], dtype=np.int32)
R = np.arange(1.0, 10.0)
M1 = np.sin(np.arange(3.0 * N)).reshape(3, N)
M2 = np.cos(np.arange(12.0)).reshape(3, 4)
A0 = np.linspace(-1.0, 2.0, 9 * N).reshape(3, 3, N)
A1 = np.linspace(0.5, -3.0, 36).reshape(3, 3, 4)
A2 = np.sqrt(np.arange(36.0)).reshape(3, 3, 4)

CASES = {
    "compute_local_centrifugal_forces_and_matrix": [
        (N, JCOL, IJSYM, M1, M2, A0, A1, A2, R[:3], R.reshape(3, 3), R.reshape(3, 3).T.copy()),
        (2, JCOL[:, :2].copy(), IJSYM, M1, M2, A0, A1, A2, np.array([0.1, -0.2, 0.3]), np.eye(3), -np.eye(3)),
    ],
}
