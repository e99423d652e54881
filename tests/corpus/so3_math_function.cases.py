# Rotation vectors, a rotation matrix, 6-vectors of twists, a quaternion.
import numpy as np

A = np.array([0.3, -0.2, 0.5])
V6 = np.array([0.1, 0.2, 0.3, -1.0, 0.5, 2.0])
R = np.array([[0.0, -1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
CASES = {
    "norm": [(A,), (np.array([3.0, 4.0, 12.0]),)],
    "sat": [(2.0, -1.0, 1.0), (-3.0, -1.0, 1.0), (0.5, -1.0, 1.0)],
    "hat": [(A,)],
    "vee": [(R,)],
    "hatexp": [(A,), (np.zeros(3),)],
    "logvee": [(R,), (np.eye(3),)],
    "leftJac": [(A,), (np.zeros(3),)],
    "rightJac": [(A,), (np.zeros(3),)],
    "Hat": [(V6,)],
    "Hatstar": [(V6,)],
    "HatStar": [(V6,)],
    "Rz": [(0.3,)],
    "Ry": [(-1.2,)],
    "Rx": [(2.5,)],
    "quat2rotm": [(np.array([0.1, 0.2, 0.3, 0.9]),), (np.array([0.0, 0.0, 0.0, 2.0]),)],
    "exp_filter": [(1.0, 2.0, 0.25)],
    "linear_filter": [(1.0, 2.0, 0.25), (2.0, 1.0, 0.25), (1.0, 1.1, 0.25)],
}
