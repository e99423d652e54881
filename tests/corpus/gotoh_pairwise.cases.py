# DNA sequences as codes 0..3 (the file's T, A, G, C), a 4 x 6 substitution matrix whose columns 4 and 5 are the
# gap-open and gap-extend penalties (the file's generate_scoring_matrix), penalize_extend_when_opening both ways;
# halve_gap_open writes the matrix, so those cases get a fresh copy
import numpy as np

S1 = np.array([3, 1, 1, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 0, 0, 1, 2, 1, 2, 0, 2, 3, 3, 2], dtype=np.int64)
S2 = np.array([1, 1, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 0, 0, 1, 0, 2, 0, 2, 1, 2, 0, 2, 2, 0], dtype=np.int64)
S3 = np.array([2, 2, 1, 3], dtype=np.int64)
S4 = np.array([1, 3, 2, 2, 1, 3, 0], dtype=np.int64)


def matrix():
    s = np.ones((4, 6)) * -1.0
    for i in range(4):
        s[i, i] = 1.0
        s[i, -2] = -1.6 + 0.0001
        s[i, -1] = -1.0 + 0.0000001
    s[3, 4] = -1.05
    s[1, 5] = -0.5
    return s


SM = matrix()

CASES = {
    "globalms": [(S1, S2, 1.0, -1.0, -3.0, -1.0, False), (S1, S2, 2.0, -1.0, -2.0, -0.5, True), (S3, S4, 1.0, -1.0, -3.0, -1.0, False)],
    "globalds": [(S1, S2, SM, -3.0, -1.0, True), (S3, S4, SM, -3.0, -1.0, False)],
    "globaldm": [(S1, S2, SM, 4), (S3, S4, SM, 5)],
    "globaldd": [lambda: (S1, S2, matrix(), 4, 5, False, False), lambda: (S1, S2, matrix(), 4, 5, True, True),
                 lambda: (S4, S3, matrix(), 4, 5, True, False)],
    "localms": [(S1, S2, 1.0, -1.0, -3.0, -1.0, False), (S3, S4, 2.0, -1.0, -1.0, -1.0, True)],
    "localds": [(S1, S2, SM, -3.0, -1.0, False), (S3, S4, SM, -2.0, -0.5, True)],
    "localdm": [(S1, S2, SM, 4), (S4, S3, SM, 5)],
    "localdd": [lambda: (S1, S2, matrix(), 4, 5, False, False), lambda: (S1, S2, matrix(), 4, 5, True, True)],
}
