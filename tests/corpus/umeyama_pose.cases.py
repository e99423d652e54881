# A pinhole projection of 5 points, reprojection errors (mean and median), SE(3)/Sim(3) alignment of a rotated,
# scaled and shifted point set (numpy's LAPACK SVD through the runtime), cdist/pdist with and without sqrt
import numpy as np

PW = np.ascontiguousarray(np.array([[0.1, -0.4, 0.3, 0.8, -0.2], [0.5, 0.2, -0.6, 0.1, 0.0], [4.0, 5.0, 4.5, 6.0, 5.5]]))
A = np.array([[500.0, 0.0, 320.0], [0.0, 510.0, 240.0], [0.0, 0.0, 1.0]])
TH = 0.3
R = np.array([[np.cos(TH), -np.sin(TH), 0.0], [np.sin(TH), np.cos(TH), 0.0], [0.0, 0.0, 1.0]])
T = np.array([[0.2], [-0.1], [0.5]])
U = np.ascontiguousarray(A @ (R @ PW + T))[:-1] / (A @ (R @ PW + T))[-1] + 0.5
U = np.ascontiguousarray(U)
PC = np.ascontiguousarray(1.7 * (R @ PW) + T)
MIRROR = np.ascontiguousarray(PC * np.array([[1.0], [1.0], [-1.0]]))
P2 = np.array([[0.0, 0.0], [3.0, 4.0], [1.0, -1.0], [2.5, 0.5]])

CASES = {
    "_mean_axis1": [(PW,)],
    "project": [(PW, A, np.ascontiguousarray(R), T)],
    "reproj_error_nb": [(PW, U, np.ascontiguousarray(R), T, A, False), (PW, U, np.ascontiguousarray(R), T, A, True)],
    "umeyama_alignment_se3": [(PC, PW), (MIRROR, PW)],
    "umeyama_alignment_sim3": [(PC, PW), (MIRROR, PW)],
    "_sqeuclidean_dist": [(P2[0], P2[1])],
    "_euc_cdist": [(P2, P2[:2], True), (P2, P2[1:], False)],
    "_euc_pdist": [(P2, True), (P2, False), (P2[:1], True)],
}
