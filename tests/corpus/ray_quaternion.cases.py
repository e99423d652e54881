# Reflections, plane bounds, quaternion rotations of rays (get_phi draws from
# np.random unseeded: no case).
import numpy as np

N = np.array([0.0, 0.0, 1.0])
V = np.array([0.3, -0.4, -0.866])
CORNERS = np.array([-1.0, 1.0, -2.0, 2.0, 0.0, 0.0])
Q = np.array([0.9238795325112867, 0.0, 0.3826834323650898, 0.0])

CASES = {
    "refection_vector": [(V, N), (np.array([1.0, 2.0, 3.0]), np.array([0.6, 0.0, 0.8]))],
    "check_in_plane_range": [(np.array([0.5, 1.0, 7.0]), CORNERS), (np.array([1.5, 0.0, 0.0]), CORNERS),
                             (np.array([0.0, -2.5, 0.0]), CORNERS), (np.array([0.0, 0.0, 1.0]), np.ones(6))],
    "rotate_vec": [lambda: (np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.2, 0.3, 0.9]]), np.array([0.0, 1.0, 0.0]))],
    "into_quaternion_from_axis_angle": [(np.array([0.0, 0.0, 2.0]), 0.5), (np.array([1.0, 0.0, 0.0]), np.pi),
                                        (np.zeros(3), 1.0)],
    "rotate_quaternion": [(Q, np.array([1.0, 0.0, 0.0])), (Q, np.array([0.0, 2.0, -1.0])), (Q, np.zeros(3))],
    "q_conjugate": [(Q,)],
    "q_matrix": [(Q,), (np.arange(4.0),)],
    "spherical_to_cartesian": [(np.array([0.0, 0.5, 1.5]), np.array([0.25, 1.0, 3.0]), 1),
                               (np.array([0.7]), np.array([2.0]), 3)],
    "normalise": [(np.array([3.0, 4.0]),), (np.zeros(4),)],
}
