import numpy as np

# Detection times (days) of an asteroid over a few nights.
TIMES = np.array([0.10, 0.12, 0.15, 1.11, 1.13, 3.20, 3.25, 3.27, 6.02])

CASES = {
    "compute_arccut": [(TIMES,), (TIMES[:3],), (np.array([5.0, 1.0, 2.5, 0.2]),)],
    "compute_nunique": [(TIMES,), (TIMES[:3],), (np.array([5.0, 1.0, 2.5, 0.2]),)],
}
