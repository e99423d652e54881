# Chains of bonded beads closer than r_max; the ring closes the last bond through the box; a bond past r_max is log of a negative (nan)
import numpy as np

CHAIN = np.array([[0.0, 0.0, 0.0], [0.5, 0.1, 0.0], [0.9, 0.4, 0.1], [1.2, 0.8, 0.3], [1.0, 1.3, 0.5], [0.6, 1.5, 0.4]])
FAR = np.array([[0.0, 0.0, 0.0], [2.0, 0.0, 0.0], [2.5, 0.0, 0.0]])

CASES = {
    "fene_chain_potential": [(CHAIN, np.array([1.0, 1.0])), (CHAIN, np.array([1.5, 15.0])), (FAR, np.array([1.0, 1.0]))],
    "fene_ring_potential": [(CHAIN, np.array([1.0, 15.0])), (CHAIN, np.array([2.0, 1.0]))],
}
