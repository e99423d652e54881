# Charges 1-3, 0-5 digits, a long and a short peptide (residue masses of G, A, S, P, K; no fragments at all would be `np.array([])` of an int list: README Deviations)
import numpy as np

M = np.array([0.0, 57.021463735, 71.037113805, 87.032028435, 97.052763875, 128.094963050, 0.0])

CASES = {
    "to_mz": [(1000.0, 1), (1000.0, 2), (523.7, 3)],
    "mz_int": [(501.2345678, 0), (501.2345678, 3), (501.2345678, 5)],
    "int_mz": [(50123457, 5), (501, 0), (-7, 2)],
    "fragments": [(M, 1, 5), (M, 3, 3), (M[:3], 2, 5)],
}
