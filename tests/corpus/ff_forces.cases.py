# 3-vector dot, cross and norm, and the dihedral force of a butane-like chain of 4 atoms written into a force array
import numpy as np

C = np.array([[0.0, 0.0, 0.0], [1.5, 0.0, 0.0], [2.0, 1.4, 0.0], [3.5, 1.5, 0.8]])
VIJ = C[0] - C[1]
VKJ = C[2] - C[1]
VKL = C[2] - C[3]
X1 = np.cross(VIJ, VKJ)
X2 = np.cross(VKJ, VKL)

CASES = {
    "dot_prod": [(VIJ, VKJ)],
    "cross_prod": [(VIJ, VKJ), (VKJ, VKJ)],
    "norm": [(VKL,), (np.zeros(3),)],
    "calc_dih_force": [lambda: (np.zeros((4, 3)), np.array([0, 1, 2, 3]), VIJ, VKJ, VKL, X1, X2, 0.75),
                       lambda: (np.ones((5, 3)), np.array([4, 2, 1, 0]), VIJ, VKJ, VKL, X1, X2, -2.0)],
}
