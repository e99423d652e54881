import numpy as np

# A regular octahedron: every vertex has a closed ring of 4 neighbours.
# one_ring lists, vertex by vertex, the ring length then the neighbours.
V = np.array([[1.0, 0, 0], [-1.0, 0, 0], [0, 1.0, 0], [0, -1.0, 0], [0, 0, 1.0], [0, 0, -1.0]])
N = V.copy()
RINGS = [[2, 4, 3, 5], [2, 5, 3, 4], [0, 5, 1, 4], [0, 4, 1, 5], [0, 2, 1, 3], [0, 3, 1, 2]]
ONE_RING = np.array([x for r in RINGS for x in [len(r)] + r], dtype=np.int64)
# The same rings listed in the other orientation (set_rings_order reverses them).
ONE_RING_REV = np.array([x for r in RINGS for x in [len(r)] + r[::-1]], dtype=np.int64)
RHO = np.linspace(0.1, 0.6, 6)
LAMBD = np.tile(np.array([1.0, 0.1, -0.2, 0.3]), 6)

CASES = {
    "mul_quatern": [(np.array([1.0, 2.0, 3.0, 4.0]), np.array([0.5, -1.0, 0.25, 2.0]))],
    "set_rings_order": [lambda: (ONE_RING.copy(), N, V), lambda: (ONE_RING_REV.copy(), N, V)],
    "dirac_op": [(V, ONE_RING, RHO)],
    "edges_div": [(V, LAMBD, ONE_RING)],
    "quaternionic_laplacian_matrix": [(V, ONE_RING)],
    "mean_curvature": [(V, ONE_RING)],
}
