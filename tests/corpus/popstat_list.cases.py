import numpy as np

# Detection times (days) of an asteroid over a few nights.
TIMES = np.array([0.10, 0.12, 0.15, 1.11, 1.13, 3.20, 3.25, 3.27, 6.02])
SPARSE = np.array([0.0, 2.0, 2.05, 4.0, 9.0])

CASES = {
    "compute_arccut": [(TIMES,), (TIMES[:3],), (np.array([5.0, 1.0, 2.5, 0.2]),)],
    "compute_nunique": [(TIMES,), (TIMES[:3],), (np.array([5.0, 1.0, 2.5, 0.2]),)],
    "compute_triplet": [(TIMES, 2.5), (TIMES, 1.0), (SPARSE, 5.0), (TIMES[:2], 1.0)],
    "find_triplet_time": [(TIMES,), (SPARSE,), (TIMES[:2],)],
}
