# MLIR 22's sccp folded `(r + k) - r` to the constant 0 in a loop: the fold
# gives the loop-carried `k`, which is 0 until sccp sees the back edge, and
# the result never depended on it, so every store below went to index 0.
# pycc runs its own pycc-sccp (passes/Sccp.cpp). Found by the corpus file
# window_cloud_scores (a moving window over an image).
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('sccp_fold_to_value')


@cc.export('shifted', 'i8[:](i8, i8)')
def shifted(r, n):
    out = np.zeros(n - r, np.int64)
    for i in range(r, n):
        out[i - r] = i
    return out


@cc.export('window_sums', 'f8[:](u1[:], i8)')
def window_sums(c, r):
    out = np.zeros(len(c) - 2 * r)
    for i in range(r, len(c) - r):
        out[i - r] = c[i - r:i + r + 1].sum()
    return out


@cc.export('window_means', 'f8[:,:](u1[:,:], i4)')
def window_means(clouds, window):
    r = int(window / 2)
    rows, cols = clouds.shape
    scores = []
    for j in range(r, rows - r):
        row = []
        for i in range(r, cols - r):
            row.append(clouds[j - r:j + r + 1, i - r:i + r + 1].mean())
        scores.append(row)
    return np.array(scores)


C = (np.arange(36).reshape(6, 6) % 7).astype(np.uint8)

CASES = {
    'shifted': [(1, 5), (0, 4), (3, 9), (-2, 2)],
    'window_sums': [(C[0], 1), (C[1], 2), (C[2], 0)],
    'window_means': [(C, 3), (C, 5), (C, 1)],
}
