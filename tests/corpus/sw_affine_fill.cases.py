# A DNA-style match/mismatch matrix (linear gaps) and a random matrix with a planted diagonal (affine gaps)
import numpy as np

A, B = "GGTTGACTA", "TGTTACGG"
SDNA = np.array([[3.0 if a == b else -3.0 for b in B] for a in A])
rng = np.random.RandomState(0)
SR = rng.normal(size=(8, 10))
for k in range(5):
    SR[2 + k, 3 + k] += 3.0
SNEG = -np.ones((3, 4))


def codes(S, o, e):
    m, n = S.shape
    H = np.zeros((m + 1, n + 1)); tH = np.zeros((m + 1, n + 1), np.int8)
    tE = np.zeros_like(tH); tF = np.zeros_like(tH)
    # the fill's own codes, computed the slow way so the traceback's inputs do not depend on the export
    E = np.full((m + 1, n + 1), -1e18); F = E.copy()
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            a, b = H[i, j - 1] - o - e, E[i, j - 1] - e
            E[i, j], tE[i, j] = (a, 0) if a >= b else (b, 1)
            a, b = H[i - 1, j] - o - e, F[i - 1, j] - e
            F[i, j], tF[i, j] = (a, 0) if a >= b else (b, 1)
            cands = [(0.0, 0), (H[i - 1, j - 1] + S[i - 1, j - 1], 1), (E[i, j], 2), (F[i, j], 3)]
            h, c = 0.0, 0
            for v, cc in cands[1:]:
                if v > h:
                    h, c = v, cc
            H[i, j], tH[i, j] = h, c
    bi, bj = np.unravel_index(np.argmax(H), H.shape)
    return tH, tE, tF, int(bi), int(bj), m, n


CASES = {
    "fill": [(SDNA, 0.0, 2.0), (SR, 1.0, 0.5), (SNEG, 1.0, 1.0)],
    "traceback": [codes(SDNA, 0.0, 2.0), codes(SR, 1.0, 0.5)],
}
